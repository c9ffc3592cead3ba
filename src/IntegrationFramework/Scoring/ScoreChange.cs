namespace IntegrationFramework.Scoring;

/// <summary>
/// How one score changed between two reviews: before, after, the difference and the difference per year; with what
/// each rests on: the coverage of the overall score and of a domain, and an item's status, in each review.
/// </summary>
/// <remarks>
/// Made by <see cref="ReviewComparison.Of"/> only. A <see langword="default"/> value has no code and no scores. A
/// domain can move while no item rated in both reviews changed: when items were rated in one review only (their
/// statuses differ), which the reports then say.
/// </remarks>
public readonly record struct ScoreChange
{
    private readonly string? code;

    /// <summary>Creates a change from the values <see cref="ReviewComparison.Of"/> has worked out.</summary>
    internal ScoreChange(string code, double? earlier, double? later, double? perYear)
    {
        this.code = code;
        Earlier = earlier;
        Later = later;
        PerYear = perYear;
    }

    /// <summary>Creates a change with the coverage (overall, domains) or the status (items) in each review.</summary>
    internal ScoreChange(string code, double? earlier, double? later, double? perYear, double? earlierCoverage, double? laterCoverage, ItemStatus? earlierStatus, ItemStatus? laterStatus)
        : this(code, earlier, later, perYear)
    {
        EarlierCoverage = earlierCoverage;
        LaterCoverage = laterCoverage;
        EarlierStatus = earlierStatus;
        LaterStatus = laterStatus;
    }

    /// <summary>The item id, domain code or theme code; <c>overall</c> for the overall score.</summary>
    public string Code => code ?? string.Empty;

    /// <summary>The score at the earlier review, if there was one.</summary>
    public double? Earlier { get; }

    /// <summary>The score at the later review, if there was one.</summary>
    public double? Later { get; }

    /// <summary>
    /// The average change per year between the two reviews: the difference divided by the calendar years between them;
    /// <see langword="null"/> without a difference or when the reviews are less than six calendar months apart
    /// (<see cref="ReviewComparison.GivesPerYear"/>).
    /// </summary>
    public double? PerYear { get; }

    /// <summary>The share of applicable items rated at the earlier review, for the overall score and a domain; <see langword="null"/> otherwise.</summary>
    public double? EarlierCoverage { get; }

    /// <summary>The share of applicable items rated at the later review, for the overall score and a domain; <see langword="null"/> otherwise.</summary>
    public double? LaterCoverage { get; }

    /// <summary>An item's status at the earlier review (rated, unrated, not applicable, out of scope); <see langword="null"/> for a score.</summary>
    public ItemStatus? EarlierStatus { get; }

    /// <summary>An item's status at the later review; <see langword="null"/> for a score.</summary>
    public ItemStatus? LaterStatus { get; }

    /// <summary>Whether an item was rated in one review and not the other, or its status changed otherwise.</summary>
    public bool StatusChanged => EarlierStatus != LaterStatus;

    /// <summary>
    /// The band of the change of a domain, theme or the overall score (<see cref="ChangeBands"/>); <see langword="null"/>
    /// for an item, without a change, when the comparison has no bands (score cards alone, or three partners or fewer),
    /// or across editions when the items under the score changed (<see cref="ChecklistChanged"/>).
    /// </summary>
    public ChangeBand? Band { get; internal init; }

    /// <summary>
    /// Across editions (<see cref="ReviewComparison.AcrossEditions"/>): how many of the later edition's items under this
    /// score continue no earlier item under it (new items, or items moved here from another domain or theme); 0 within
    /// one edition and for an item.
    /// </summary>
    public int NewItems { get; internal init; }

    /// <summary>
    /// Across editions: how many of the earlier edition's items under this score no later item under it continues
    /// (dropped items, or items moved elsewhere); 0 within one edition and for an item.
    /// </summary>
    public int DroppedItems { get; internal init; }

    /// <summary>
    /// Whether the checklist under this score changed between the reviews (<see cref="NewItems"/> or <see cref="DroppedItems"/>):
    /// then the change mixes progress with the change of checklist, and has no <see cref="Band"/> to read it against.
    /// </summary>
    public bool ChecklistChanged => NewItems + DroppedItems > 0;

    /// <summary>
    /// Whether the change is more than partner disagreement alone produces: its band excludes 0
    /// (<see cref="ChangeBand.BeyondNoise"/>) and the change itself lies on the band's side of 0 (with many partners the
    /// reviews' own partners weigh little among the resamples, and a change can fall outside its band);
    /// <see langword="null"/> without a band, when it cannot be told.
    /// </summary>
    public bool? BeyondNoise => Band is not { } band ? null
        : band.BeyondNoise && Difference is { } change && (band.Low > 0 ? change > ChangeBand.Tolerance : change < -ChangeBand.Tolerance);

    /// <summary>Whether the change lies within its band (to <see cref="ChangeBand.Tolerance"/>); <see langword="null"/> without a band.</summary>
    public bool? WithinBand => Band is not { } band || Difference is not { } change ? null
        : change >= band.Low - ChangeBand.Tolerance && change <= band.High + ChangeBand.Tolerance;

    /// <summary>The later score minus the earlier; <see langword="null"/> unless both exist.</summary>
    public double? Difference => Later - Earlier;
}
