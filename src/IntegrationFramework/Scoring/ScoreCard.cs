using IntegrationFramework.Checklists;
using IntegrationFramework.Collections;
using IntegrationFramework.Dates;
using IntegrationFramework.Geography;
using NodaTime;

namespace IntegrationFramework.Scoring;

/// <summary>
/// One honest picture of a footprint's progress on integration: every item, domain and theme scored, and the overall
/// score, under a named scoring policy.
/// </summary>
/// <remarks>
/// <para>
/// Scores are unrounded doubles from 0 to 100; show one decimal. Items, domains and themes are listed in the
/// framework's order, excluded domains and their items included (marked excluded, without scores).
/// </para>
/// <para>
/// Score cards are made by <see cref="Scorer.Score"/>, <see cref="Rollup.Combine"/> and the score card reader
/// (<c>ScoreCardJson.Read</c>, which checks a card against its framework's checklist), never assembled by hand: a card
/// always lists exactly its framework's themes, domains and items. Two cards are equal when every value is equal.
/// </para>
/// </remarks>
public sealed record ScoreCard
{
    /// <summary>Creates a score card from parts its maker has checked against <paramref name="framework"/>.</summary>
    internal ScoreCard(
        Framework framework,
        string policyId,
        Footprint footprint,
        LocalDate assessedOn,
        OverallScore overall,
        EquatableArray<ThemeScore> themes,
        EquatableArray<DomainScore> domains,
        EquatableArray<ItemScore> items)
    {
        Framework = framework;
        PolicyId = policyId;
        Footprint = footprint;
        AssessedOn = assessedOn;
        Overall = overall;
        Themes = themes;
        Domains = domains;
        Items = items;
    }

    /// <summary>The framework the assessment was scored against.</summary>
    public Framework Framework { get; }

    /// <summary>The <see cref="ScoringPolicy.Id"/> of the rules that produced the scores; <see cref="ScoringPolicy.Find"/> resolves a named one.</summary>
    public string PolicyId { get; }

    /// <summary>The footprint scored.</summary>
    public Footprint Footprint { get; }

    /// <summary>The date of the assessment (for a roll-up, the latest of its children's dates unless given).</summary>
    public LocalDate AssessedOn { get; }

    /// <summary>The overall score.</summary>
    public OverallScore Overall { get; }

    /// <summary>The theme scores, in the framework's order.</summary>
    public EquatableArray<ThemeScore> Themes { get; }

    /// <summary>The domain scores, in the framework's order.</summary>
    public EquatableArray<DomainScore> Domains { get; }

    /// <summary>The item scores, in the framework's order.</summary>
    public EquatableArray<ItemScore> Items { get; }

    /// <summary>
    /// Whether the card is a roll-up's (<see cref="Rollup"/>): its rated items carry the children's mean points and the
    /// range of their levels, and no consensus of their own.
    /// </summary>
    public bool RolledUp => Items.Any(i => i.Status == ItemStatus.Rated && i.Consensus is null);

    /// <summary>
    /// How sure each score is (<see cref="Scoring.Bands"/>): on cards made by <see cref="Scorer.ScoreWithBands"/>,
    /// and read from files that carry them; <see langword="null"/> on cards of <see cref="Scorer.Score"/> and roll-ups.
    /// </summary>
    public Bands? Bands { get; private init; }

    /// <summary>This card with <paramref name="bands"/>, which its maker has worked out for it.</summary>
    internal ScoreCard WithBands(Bands? bands) => this with { Bands = bands };

    /// <summary>The score of the item with identifier <paramref name="itemId"/>, or <see langword="null"/> when the card has none.</summary>
    /// <param name="itemId">An item identifier, such as <c>PCC.4</c>.</param>
    /// <returns>The item's score, or <see langword="null"/>.</returns>
    public ItemScore? FindItem(string itemId)
    {
        var index = itemId is null ? -1 : Framework.Checklist.IndexOfItem(itemId);
        return index < 0 ? null : Items[index];
    }

    /// <summary>The score of the domain with code <paramref name="code"/>, or <see langword="null"/> when the card has none.</summary>
    /// <param name="code">A domain code, such as <c>PRV</c>.</param>
    /// <returns>The domain's score, or <see langword="null"/>.</returns>
    public DomainScore? FindDomain(string code)
    {
        var index = code is null ? -1 : Framework.Checklist.IndexOfDomain(code);
        return index < 0 ? null : Domains[index];
    }

    /// <summary>The score of the theme with code <paramref name="code"/>, or <see langword="null"/> when the card has none.</summary>
    /// <param name="code">A theme code, such as <c>SO</c>.</param>
    /// <returns>The theme's score, or <see langword="null"/>.</returns>
    public ThemeScore? FindTheme(string code)
    {
        foreach (var theme in Themes)
        {
            if (theme.Code == code)
            {
                return theme;
            }
        }

        return null;
    }

    /// <summary>The footprint, date and overall score.</summary>
    /// <returns>For example <c>Croydon (E09000008, place) on 2018-10-01: 61.2 (maturing) under standard</c>, or <c>… 61.2 (no stage) …</c> where too little is rated for one.</returns>
    public override string ToString()
        => Overall.Score is { } score
            ? $"{Footprint} on {IsoDate.Format(AssessedOn)}: {score.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} ({Overall.Stage?.ToString().ToLowerInvariant() ?? "no stage"}) under {PolicyId}"
            : $"{Footprint} on {IsoDate.Format(AssessedOn)}: no score under {PolicyId}";
}
