using IntegrationFramework.Collections;
using IntegrationFramework.Geography;
using IntegrationFramework.Scoring;
using NodaTime;

namespace IntegrationFramework.Tests.TestSupport;

/// <summary>
/// Score cards changed in one part, for tests of what refuses mismatched cards. Outside code cannot do this: a card's
/// constructor is internal (the tests see it), so a card is always what the scorer, the roll-up or the reader made.
/// </summary>
internal static class Cards
{
    public static ScoreCard With(this ScoreCard card, Footprint? footprint = null, string? policyId = null, LocalDate? assessedOn = null, EquatableArray<ItemScore>? items = null, EquatableArray<DomainScore>? domains = null)
        => new(card.Framework, policyId ?? card.PolicyId, footprint ?? card.Footprint, assessedOn ?? card.AssessedOn, card.Overall, card.Themes, domains ?? card.Domains, items ?? card.Items);

    /// <summary>The card's domains with no alpha, as a roll-up gives them.</summary>
    public static EquatableArray<DomainScore> WithoutAlpha(this ScoreCard card)
        => card.Domains.Select(d => DomainScore.From(d.Code, d.ThemeCode, d.Excluded, d.Score, d.Coverage, null, d.TargetScore, d.RatedItems, d.ApplicableItems)).ToEquatableArray();
}
