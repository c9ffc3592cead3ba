using IntegrationFramework.Collections;
using IntegrationFramework.Guards;
using IntegrationFramework.Sources;

namespace IntegrationFramework.Checklists;

/// <summary>
/// A group of domains in a checklist, such as <c>SL</c> "Shared leadership and accountability".
/// </summary>
public sealed record Theme
{
    /// <summary>Creates a theme.</summary>
    /// <param name="code">The stable code, such as <c>SL</c>.</param>
    /// <param name="name">The theme's heading in the document.</param>
    /// <param name="domains">The theme's domains, in the document's order, each belonging to this theme.</param>
    /// <param name="source">Where the theme's heading appears.</param>
    /// <exception cref="ArgumentException">A text is blank, there are no domains, or a domain belongs to another theme.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public Theme(string code, string name, EquatableArray<Domain> domains, SourceReference source)
    {
        Code = Preconditions.NotBlank(code);
        Name = Preconditions.NotBlank(name);
        Source = Preconditions.NotNull(source);
        if (Preconditions.NoNulls(domains).IsEmpty)
        {
            throw new ArgumentException($"Theme {code} must have at least one domain.", nameof(domains));
        }

        foreach (var domain in domains)
        {
            if (domain.ThemeCode != code)
            {
                throw new ArgumentException(
                    $"Theme {code} can only hold its own domains; domain {domain.Code} belongs to theme {domain.ThemeCode}.",
                    nameof(domains));
            }
        }

        Domains = domains;
    }

    /// <summary>The stable code, such as <c>SL</c>.</summary>
    public string Code { get; }

    /// <summary>The theme's heading in the document.</summary>
    public string Name { get; }

    /// <summary>The theme's domains, in the document's order.</summary>
    public EquatableArray<Domain> Domains { get; }

    /// <summary>Where the theme's heading appears.</summary>
    public SourceReference Source { get; }

    /// <summary>The code and the name.</summary>
    /// <returns>For example <c>SL Shared leadership and accountability</c>.</returns>
    public override string ToString() => $"{Code} {Name}";
}
