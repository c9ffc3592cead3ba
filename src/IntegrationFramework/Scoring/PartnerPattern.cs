using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Guards;

namespace IntegrationFramework.Scoring;

/// <summary>
/// How one partner rates against the others: on average how far their level stands from the median of the other
/// partners' levels, and on how many of the split or uncertain items they were the furthest from the consensus. Where
/// one partner is the lowest (or highest) rater on almost every item the partners disagree on, the consensus pack says
/// so once, rather than as that many separate disagreements.
/// </summary>
/// <remarks>
/// <para>
/// Over the rated items of the domains in scope on which the partner gave a level and at least one other partner did:
/// <see cref="MeanOffset"/> is the mean of (their level − the median of the others' levels), in levels, negative when
/// they rate lower. <see cref="FurthestOut"/> counts the split or uncertain items (<see cref="ItemsApart"/> in all) on
/// which their level is as far from the item's consensus (the rule's median) as any partner's; partners tied for
/// furthest each count the item.
/// </para>
/// <para>
/// A partner <see cref="RatesApart"/> when they were the furthest out on at least two of those items and on more than
/// half of them: the line the consensus pack gives. Made by <see cref="Of"/>.
/// </para>
/// </remarks>
public readonly record struct PartnerPattern
{
    private readonly string? assessorId;

    private PartnerPattern(string assessorId, double? meanOffset, int itemsCompared, int furthestOut, int itemsApart)
    {
        this.assessorId = assessorId;
        MeanOffset = meanOffset;
        ItemsCompared = itemsCompared;
        FurthestOut = furthestOut;
        ItemsApart = itemsApart;
    }

    /// <summary>The partner's assessor id.</summary>
    public string AssessorId => assessorId ?? string.Empty;

    /// <summary>The mean of (their level − the median of the others' levels), in levels; <see langword="null"/> when no item compares.</summary>
    public double? MeanOffset { get; }

    /// <summary>How many items the mean is over.</summary>
    public int ItemsCompared { get; }

    /// <summary>On how many of the split or uncertain items the partner was the furthest from the consensus.</summary>
    public int FurthestOut { get; }

    /// <summary>How many items in scope are split or uncertain.</summary>
    public int ItemsApart { get; }

    /// <summary>Whether the partner was the furthest out on at least two split or uncertain items and on more than half of them.</summary>
    public bool RatesApart => FurthestOut >= 2 && 2 * FurthestOut > ItemsApart;

    /// <summary>The pattern of each partner the assessment lists, in its order.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="card">Its score card, for which items are rated, split or uncertain, and their consensus.</param>
    /// <returns>One pattern per partner.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The card is not of the assessment's framework.</exception>
    public static EquatableArray<PartnerPattern> Of(Assessment assessment, ScoreCard card)
    {
        Preconditions.NotNull(assessment);
        Preconditions.NotNull(card);
        if (card.Framework.Id != assessment.Framework.Id)
        {
            throw new ArgumentException($"The card is of the framework {card.Framework.Id}, the assessment of {assessment.Framework.Id}.", nameof(card));
        }

        var levels = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var rating in assessment.Ratings)
        {
            if (rating.Progress.IsLevel())
            {
                (levels.TryGetValue(rating.ItemId, out var byPartner) ? byPartner : levels[rating.ItemId] = new(StringComparer.Ordinal))[rating.AssessorId] = (int)rating.Progress;
            }
        }

        var offsets = assessment.Assessors.ToDictionary(a => a.Id, _ => new List<double>(), StringComparer.Ordinal);
        var furthest = assessment.Assessors.ToDictionary(a => a.Id, _ => 0, StringComparer.Ordinal);
        var apart = 0;
        foreach (var item in card.Items)
        {
            if (item.Status != ItemStatus.Rated || !levels.TryGetValue(item.ItemId, out var given))
            {
                continue;
            }

            foreach (var (partner, level) in given)
            {
                if (given.Count > 1 && offsets.TryGetValue(partner, out var list))
                {
                    list.Add(level - Median(given.Where(g => g.Key != partner).Select(g => g.Value)));
                }
            }

            if ((item.Agreement == Agreement.Split || item.Uncertain) && item.Median is { } median)
            {
                apart++;
                var largest = given.Values.Max(l => Math.Abs(l - median.Value));
                foreach (var (partner, level) in given)
                {
                    if (Math.Abs(level - median.Value) == largest && furthest.TryGetValue(partner, out var count))
                    {
                        furthest[partner] = count + 1;
                    }
                }
            }
        }

        return assessment.Assessors
            .Select(a => new PartnerPattern(a.Id, offsets[a.Id].Count > 0 ? offsets[a.Id].Average() : null, offsets[a.Id].Count, furthest[a.Id], apart))
            .ToEquatableArray();
    }

    private static double Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2.0;
    }
}
