using IntegrationFramework.Assessments;
using IntegrationFramework.Checklists;
using IntegrationFramework.Guards;
using IntegrationFramework.Scoring;

using IntegrationFramework.Peers;

namespace IntegrationFramework.Reports;

/// <summary>
/// What a score card report shows: the card, the framework it was scored against, its gap analysis and, when the
/// assessment is given, the assessors' evidence for each item.
/// </summary>
public sealed record ScoreCardReport
{
    private ScoreCardReport(ScoreCard card, Framework framework, ScoringPolicy policy, Assessment? assessment)
    {
        Card = card;
        Framework = framework;
        Policy = policy;
        Assessment = assessment;
        Gaps = GapAnalysis.Of(card, policy);
        Bands = card.Bands ?? (assessment is null ? null : Scoring.Bands.Of(assessment, policy));
        Patterns = assessment is null ? [] : PartnerPattern.Of(assessment, card);
    }

    /// <summary>The score card.</summary>
    public ScoreCard Card { get; }

    /// <summary>The framework the card was scored against.</summary>
    public Framework Framework { get; }

    /// <summary>The policy the card was scored under.</summary>
    public ScoringPolicy Policy { get; }

    /// <summary>The assessment scored, for its assessors and evidence; <see langword="null"/> when only the card is known.</summary>
    public Assessment? Assessment { get; }

    /// <summary>What to work on next: items by weighted gap, and weak domains with case examples.</summary>
    public GapAnalysis Gaps { get; }

    /// <summary>
    /// How sure each score is: the card's own bands, or, for a card without them whose assessment is given, the bands
    /// worked out from it (<see cref="Scoring.Bands.Of"/>); <see langword="null"/> when neither is known, and the
    /// report then says so.
    /// </summary>
    public Bands? Bands { get; }

    /// <summary>How each partner rates against the others, when the assessment is given; empty otherwise.</summary>
    internal Collections.EquatableArray<PartnerPattern> Patterns { get; }

    /// <summary>Where the domain with <paramref name="code"/> is in the card's lists (its bands' too), or −1.</summary>
    internal int DomainIndex(string code)
    {
        for (var d = 0; d < Card.Domains.Count; d++)
        {
            if (Card.Domains[d].Code == code)
            {
                return d;
            }
        }

        return -1;
    }

    /// <summary>A partner's name from the assessment, or its id when the report has no assessment.</summary>
    internal string PartnerName(string assessorId)
        => Assessment?.Assessors.FirstOrDefault(a => a.Id == assessorId)?.Name ?? assessorId;

    /// <summary>
    /// Today's date, from the caller's clock, against which an open action past its due date is overdue;
    /// <see langword="null"/> (the default) when the report judges no action overdue.
    /// </summary>
    public NodaTime.LocalDate? Today { get; init; }

    /// <summary>The assessment's actions, in its order; none without the assessment.</summary>
    public Collections.EquatableArray<PlannedAction> Actions => Assessment?.Actions ?? [];

    /// <summary>
    /// The footprint's peers, whose percentile the report shows beside each domain; <see langword="null"/> for none.
    /// Set it with <c>report with { Peers = PeerGroup.Of(report.Card, cards) }</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The group is of another card.</exception>
    public PeerGroup? Peers
    {
        get;
        init => field = value is null || value.Card == Card ? value : throw new ArgumentException($"The peer group is of {value.Card}, not of the report's card ({Card}).", nameof(value));
    }

    /// <summary>A report of a score card.</summary>
    /// <param name="card">The score card.</param>
    /// <param name="assessment">The assessment it scores, to show evidence; optional.</param>
    /// <param name="policy">The policy it was scored under; when <see langword="null"/>, the named policy whose id the card records (<see cref="ScoringPolicy.Find"/>).</param>
    /// <returns>The report's content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is null.</exception>
    /// <exception cref="ArgumentException">The card's policy is not <paramref name="policy"/> (or, with none given, not a named policy), or <paramref name="assessment"/> is of another framework, footprint or date.</exception>
    public static ScoreCardReport For(ScoreCard card, Assessment? assessment = null, ScoringPolicy? policy = null)
    {
        Preconditions.NotNull(card);
        if (assessment is not null && (assessment.Footprint.Code != card.Footprint.Code || assessment.AssessedOn != card.AssessedOn || assessment.Framework != card.Framework))
        {
            throw new ArgumentException($"The assessment ({assessment}) is not the one the card scores ({card}).", nameof(assessment));
        }

        policy ??= ScoringPolicy.Find(card.PolicyId)
            ?? throw new ArgumentException($"The card was scored under the policy '{card.PolicyId}', which is not one of the named policies ({ScoringPolicy.NamedIds}); pass that policy to report on it.", nameof(policy));
        return new ScoreCardReport(card, card.Framework, policy, assessment);
    }

    /// <summary>What the consensus meeting agreed for an item, when the report has the assessment and it agreed anything.</summary>
    internal Assessments.AgreedRating? AgreedFor(string itemId)
        => Assessment?.AgreedRatings.FirstOrDefault(a => a.ItemId == itemId);

    /// <summary>The evidence the assessors give for an item: (assessor's name, evidence), in the assessment's order.</summary>
    /// <param name="itemId">An item identifier.</param>
    /// <returns>The evidence; empty without an assessment or evidence.</returns>
    public IEnumerable<(string Assessor, string Evidence)> EvidenceFor(string itemId)
    {
        if (Assessment is null)
        {
            yield break;
        }

        foreach (var rating in Assessment.Ratings)
        {
            if (rating.ItemId == itemId && rating.Evidence is { } evidence)
            {
                yield return (Assessment.Assessors.FirstOrDefault(a => a.Id == rating.AssessorId)?.Name ?? rating.AssessorId, evidence);
            }
        }
    }
}
