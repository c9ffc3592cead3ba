using IntegrationFramework.Collections;
using IntegrationFramework.Geography;
using NodaTime;

namespace IntegrationFramework.Scoring;

/// <summary>
/// One honest picture of a footprint's progress on integration: every item, domain and theme scored, and the overall
/// score, under a named scoring policy.
/// </summary>
/// <remarks>
/// Scores are unrounded doubles from 0 to 100; show one decimal. Items, domains and themes are listed in the
/// framework's order, excluded domains and their items included (marked excluded, without scores). Score cards are
/// made by <see cref="Scorer.Score"/> and <see cref="Rollup.Combine"/>; two are equal when every value is equal.
/// </remarks>
/// <param name="FrameworkId">The framework the assessment was scored against.</param>
/// <param name="PolicyId">The <see cref="ScoringPolicy.Id"/> of the rules that produced the scores.</param>
/// <param name="Footprint">The footprint scored.</param>
/// <param name="AssessedOn">The date of the assessment (for a roll-up, the latest of its children's dates).</param>
/// <param name="Overall">The overall score.</param>
/// <param name="Themes">The theme scores, in the framework's order.</param>
/// <param name="Domains">The domain scores, in the framework's order.</param>
/// <param name="Items">The item scores, in the framework's order.</param>
public sealed record ScoreCard(
    string FrameworkId,
    string PolicyId,
    Footprint Footprint,
    LocalDate AssessedOn,
    OverallScore Overall,
    EquatableArray<ThemeScore> Themes,
    EquatableArray<DomainScore> Domains,
    EquatableArray<ItemScore> Items)
{
    /// <summary>The score of the item with identifier <paramref name="itemId"/>, or <see langword="null"/> when the card has none.</summary>
    /// <param name="itemId">An item identifier, such as <c>PCC.4</c>.</param>
    /// <returns>The item's score, or <see langword="null"/>.</returns>
    public ItemScore? FindItem(string itemId)
    {
        foreach (var item in Items)
        {
            if (item.ItemId == itemId)
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>The score of the domain with code <paramref name="code"/>, or <see langword="null"/> when the card has none.</summary>
    /// <param name="code">A domain code, such as <c>PRV</c>.</param>
    /// <returns>The domain's score, or <see langword="null"/>.</returns>
    public DomainScore? FindDomain(string code)
    {
        foreach (var domain in Domains)
        {
            if (domain.Code == code)
            {
                return domain;
            }
        }

        return null;
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
    /// <returns>For example <c>Croydon (E09000008, place) on 2018-10-01: 61.2 (maturing) under standard</c>.</returns>
    public override string ToString()
        => Overall.Score is { } score
            ? $"{Footprint} on {AssessedOn:yyyy-MM-dd}: {score.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} ({Overall.Stage!.Value.ToString().ToLowerInvariant()}) under {PolicyId}"
            : $"{Footprint} on {AssessedOn:yyyy-MM-dd}: no score under {PolicyId}";
}
