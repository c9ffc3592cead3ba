namespace IntegrationFramework.Governance;

/// <summary>Someone who sits on a governance body.</summary>
/// <param name="Name">Who, or the post, such as "Council chief executive".</param>
/// <param name="Role">The role in which they sit.</param>
/// <param name="PartnerId">The <see cref="Partner.Id"/> of the partner they come from, if any.</param>
/// <param name="IsChair">Whether they chair, or co-chair, the body.</param>
public sealed record Member(string Name, MemberRole Role, string? PartnerId = null, bool IsChair = false);
