namespace IntegrationFramework.Scoring;

/// <summary>
/// How far a domain, theme or overall score moves with whose views were sought: the partner band. The score is
/// computed again for every multiset of the assessment's m partners drawn with replacement, each weighted by its
/// multinomial probability m! / ∏ kᵢ! / mᵐ (or 2,000 seeded draws above eight partners); <see cref="Low"/> and
/// <see cref="High"/> are the weighted 2.5 % and 97.5 % points of those scores.
/// </summary>
/// <remarks>
/// <para>
/// It is a noise band from whose views were sought, not a confidence interval: it says how much the score rests on
/// which partners happened to rate, with the ratings as given. With five partners or fewer no partner-level test
/// reaches p &lt; .05, and with three or fewer no band is given at all (see <see cref="Bands"/>).
/// </para>
/// <para>
/// Resamples in which the score has none (no drawn partner rated the domain) are left out, and the weights of the rest
/// taken as the whole. <see cref="StageProbability"/> is the share of that weight whose stage is the stage the score
/// falls in; reports name the stage only when it is at least <see cref="StageHolds"/>, and otherwise the stages the
/// band spans. Made by <see cref="Bands.Of"/> and the score card reader only.
/// </para>
/// </remarks>
public readonly record struct ScoreBand
{
    /// <summary>The share of resamples a stage needs to be named: 0.8.</summary>
    public const double StageHolds = 0.8;

    /// <summary>Creates a band from values its maker has worked out: low ≤ high, both from 0 to 100, a probability from 0 to 1.</summary>
    internal ScoreBand(double low, double high, double stageProbability)
    {
        Low = low;
        High = high;
        StageProbability = stageProbability;
    }

    /// <summary>The weighted 2.5 % point of the resampled scores.</summary>
    public double Low { get; }

    /// <summary>The weighted 97.5 % point of the resampled scores.</summary>
    public double High { get; }

    /// <summary>The weight of the resamples whose stage is the stage the score falls in, from 0 to 1.</summary>
    public double StageProbability { get; }

    /// <summary>Whether the stage the score falls in holds in at least <see cref="StageHolds"/> of the resamples.</summary>
    public bool StageHeld => StageProbability >= StageHolds;

    /// <summary>The stages from the one <see cref="Low"/> falls in to the one <see cref="High"/> falls in.</summary>
    /// <returns>One stage when the band lies within it, else two to four, lowest first.</returns>
    public IReadOnlyList<Stage> Spanned()
    {
        var (low, high) = (Stages.Of(Low), Stages.Of(High));
        var stages = new Stage[high - low + 1];
        for (var s = low; s <= high; s++)
        {
            stages[s - low] = s;
        }

        return stages;
    }
}
