using IntegrationFramework.Assessments;
using IntegrationFramework.Checklists;
using IntegrationFramework.Collections;
using IntegrationFramework.Dates;
using IntegrationFramework.Geography;
using IntegrationFramework.Guards;
using IntegrationFramework.Problems;
using NodaTime;

namespace IntegrationFramework.Scoring;

/// <summary>
/// What changed between two reviews of one footprint against one framework (or an edition and one derived from it, item by item through <see cref="Continuation"/>) under one policy: the change in every
/// item's points and every domain, theme and overall score, the time between the reviews, and the change per year.
/// </summary>
/// <remarks>
/// <para>
/// Years count calendar time: the whole years from the earlier date, then the days left over as a share of the year
/// that follows the last anniversary (365 or 366 days). A review exactly one year later is 1 year later, whether or
/// not a 29 February falls between, so its change per year equals its change; 1 March 2025 to 1 September 2026 is
/// 1 + 184 ÷ 365 years. An anniversary of 29 February falls on 28 February in other years. The change per year is the
/// average change per year between the two reviews, given only when the later review is at least six calendar months
/// after the earlier (<see cref="GivesPerYear"/>): over a shorter span a rate per year would multiply a few weeks'
/// difference, 14 days apart by 26. A comparison of a card with itself changes nothing.
/// </para>
/// <para>Made by <see cref="Of"/> only, so a comparison always holds two checked cards' changes.</para>
/// </remarks>
public sealed record ReviewComparison
{
    /// <summary>The least time between two reviews, in calendar months, for a change per year: 6.</summary>
    public const int MonthsForPerYear = 6;

    private ReviewComparison(
        Framework framework,
        string policyId,
        Footprint footprint,
        LocalDate earlier,
        LocalDate later,
        Period period,
        double years,
        ScoreChange overall,
        EquatableArray<ScoreChange> themes,
        EquatableArray<ScoreChange> domains,
        EquatableArray<ScoreChange> items,
        ChangeBands? bands,
        EquatableArray<ActionReview> actions)
    {
        Framework = framework;
        PolicyId = policyId;
        Footprint = footprint;
        Earlier = earlier;
        Later = later;
        Period = period;
        Years = years;
        Overall = overall;
        Themes = themes;
        Domains = domains;
        Items = items;
        Bands = bands;
        Actions = actions;
    }

    /// <summary>The framework of the later card: the one both cards were scored against, or, across editions, the one derived from the earlier's (<see cref="Continuation"/>).</summary>
    public Framework Framework { get; }

    /// <summary>The policy both cards were scored under.</summary>
    public string PolicyId { get; }

    /// <summary>The footprint, as the later card gives it.</summary>
    public Footprint Footprint { get; }

    /// <summary>The date of the earlier review.</summary>
    public LocalDate Earlier { get; }

    /// <summary>The date of the later review.</summary>
    public LocalDate Later { get; }

    /// <summary>The time between the reviews, in years, months and days.</summary>
    public Period Period { get; }

    /// <summary>The time between the reviews in calendar years: whole years, then the remaining days as a share of the next year's length.</summary>
    public double Years { get; }

    /// <summary>
    /// Whether the later review is at least <see cref="MonthsForPerYear"/> calendar months after the earlier, so that each
    /// change has its <see cref="ScoreChange.PerYear"/>; otherwise every change per year is <see langword="null"/>.
    /// </summary>
    public bool GivesPerYear => FarEnoughApart(Earlier, Later);

    /// <summary>The change in the overall score.</summary>
    public ScoreChange Overall { get; }

    /// <summary>The change in each theme's score, in the framework's order.</summary>
    public EquatableArray<ScoreChange> Themes { get; }

    /// <summary>The change in each domain's score, in the framework's order.</summary>
    public EquatableArray<ScoreChange> Domains { get; }

    /// <summary>The change in each item's points, in the framework's order.</summary>
    public EquatableArray<ScoreChange> Items { get; }

    /// <summary>
    /// How the bands of the changes were made (<see cref="ScoreChange.Band"/>), or <see langword="null"/> when the
    /// comparison was made from score cards alone, without the ratings to resample.
    /// </summary>
    public ChangeBands? Bands { get; }

    /// <summary>What became of each action of the earlier review's plan, in its order; none when it had none, or the comparison was made without it.</summary>
    public EquatableArray<ActionReview> Actions { get; }

    /// <summary>
    /// The earlier review's actions on items that the later review's edition dropped, in the plan's order: they have no
    /// item to be read on, so they are not in <see cref="Actions"/>. None within one edition.
    /// </summary>
    public EquatableArray<PlannedAction> ActionsLeftBehind { get; private init; }

    /// <summary>
    /// Which items of the later review's edition continue which of the earlier's: every item, when both reviews are on
    /// one edition; across editions (<see cref="AcrossEditions"/>) the later edition's derivation says, and domain,
    /// theme and overall changes whose items changed mix progress with the change of checklist (<see cref="ScoreChange.ChecklistChanged"/>).
    /// </summary>
    public EditionContinuation Continuation { get; private init; } = null!;

    /// <summary>Whether the two reviews are on different editions, the later derived from the earlier.</summary>
    public bool AcrossEditions => Continuation.AcrossEditions;

    /// <summary>
    /// Why two cards cannot be compared, if they cannot: different frameworks, footprints (by code) or policies, or
    /// the later dated before the earlier. Locations say which card (<see cref="ProblemLocation.Input"/>): 0 for the earlier, 1 for the later.
    /// </summary>
    /// <param name="earlier">The card of the earlier review.</param>
    /// <param name="later">The card of the later review.</param>
    /// <returns>The problems; empty when the cards can be compared.</returns>
    /// <exception cref="ArgumentNullException">A card is null.</exception>
    public static EquatableArray<Problem> Validate(ScoreCard earlier, ScoreCard later)
    {
        Preconditions.NotNull(earlier);
        Preconditions.NotNull(later);
        var problems = new List<Problem>();
        if (!EditionContinuation.Relates(earlier.Framework, later.Framework))
        {
            problems.Add(new(ProblemCodes.FrameworkMismatch, ProblemLocation.InJson("$.framework").OfInput(1), $"The cards are for different frameworks ({Editions(earlier.Framework, later.Framework)}); compare two reviews against one framework, or against an edition and one derived from it (derivedFrom)."));
        }

        if (earlier.Footprint.Code != later.Footprint.Code)
        {
            problems.Add(new(ProblemCodes.FootprintMismatch, ProblemLocation.InJson("$.footprint.code").OfInput(1), $"The cards are for different footprints ({earlier.Footprint.Code} {earlier.Footprint.Name} and {later.Footprint.Code} {later.Footprint.Name}); compare two reviews of one footprint."));
        }

        if (earlier.PolicyId != later.PolicyId)
        {
            problems.Add(new(ProblemCodes.PolicyMismatch, ProblemLocation.InJson("$.policy").OfInput(1), $"The cards were scored under different policies ({earlier.PolicyId} and {later.PolicyId}); score both under one policy."));
        }

        if (later.AssessedOn < earlier.AssessedOn)
        {
            problems.Add(new(ProblemCodes.DatesReversed, ProblemLocation.InJson("$.assessedOn").OfInput(1), $"The later card is dated {IsoDate.Format(later.AssessedOn)}, before the earlier card ({IsoDate.Format(earlier.AssessedOn)}); give the earlier review first."));
        }

        return problems.ToEquatableArray();
    }

    /// <summary>Compares two reviews of one footprint, each change with its band when <paramref name="bands"/> are given.</summary>
    /// <param name="earlier">The card of the earlier review.</param>
    /// <param name="later">The card of the later review.</param>
    /// <param name="bands">
    /// The bands of the changes, from the two reviews' assessments (<see cref="ChangeBands.Of"/>); <see langword="null"/>
    /// when only the cards are at hand, and then no change has a band.
    /// </param>
    /// <param name="earlierActions">The earlier review's action plan (<see cref="Assessment.Actions"/>), to say what became of each action; none by default.</param>
    /// <param name="laterActions">The later review's plan, where each earlier action's later status is looked up by item and action; none by default.</param>
    /// <returns>The changes between them.</returns>
    /// <exception cref="ArgumentNullException">A card is null.</exception>
    /// <exception cref="ScoringException">The cards cannot be compared (see <see cref="Validate"/>).</exception>
    /// <exception cref="ArgumentException"><paramref name="bands"/> are of other reviews: another framework, policy, footprint or dates.</exception>
    public static ReviewComparison Of(ScoreCard earlier, ScoreCard later, ChangeBands? bands = null, EquatableArray<PlannedAction> earlierActions = default, EquatableArray<PlannedAction> laterActions = default)
    {
        var problems = Validate(earlier, later);
        if (!problems.IsEmpty)
        {
            throw new ScoringException("The score cards cannot be compared.", problems);
        }

        if (bands is not null && (bands.Framework != later.Framework || bands.PolicyId != later.PolicyId || bands.FootprintCode != later.Footprint.Code || bands.Earlier != earlier.AssessedOn || bands.Later != later.AssessedOn))
        {
            throw new ArgumentException($"The bands are of {bands.FootprintCode}'s reviews of {IsoDate.Format(bands.Earlier)} and {IsoDate.Format(bands.Later)} against {bands.Framework.Id} under {bands.PolicyId}, not of these cards ({later.Footprint.Code}, {IsoDate.Format(earlier.AssessedOn)} and {IsoDate.Format(later.AssessedOn)}, {later.Framework.Id}, {later.PolicyId}).", nameof(bands));
        }

        var period = Period.Between(earlier.AssessedOn, later.AssessedOn, PeriodUnits.YearMonthDay);
        var years = CalendarYears(earlier.AssessedOn, later.AssessedOn);
        var perYear = FarEnoughApart(earlier.AssessedOn, later.AssessedOn);
        // Across editions a score whose items changed mixes progress with the change of checklist: it has no band.
        var continuation = EditionContinuation.Between(earlier.Framework, later.Framework)!;
        ScoreChange Counted(ScoreChange change, ChangeBand? band, (int Added, int Removed) changed)
            => change with { Band = change.Difference is null || changed.Added + changed.Removed > 0 ? null : band, NewItems = changed.Added, DroppedItems = changed.Removed };
        ScoreChange Theme(string code, double? before, double? after, ChangeBand? band)
            => Counted(new(code, before, after, perYear ? (after - before) / years : null), band, continuation.ThemeChanges(code));
        ScoreChange Covered(string code, (double? Score, double? Coverage) before, (double? Score, double? Coverage) after, ChangeBand? band, (int, int) changed)
            => Counted(new(code, before.Score, after.Score, perYear ? (after.Score - before.Score) / years : null, before.Coverage, after.Coverage, null, null), band, changed);
        ScoreChange Item(ItemScore after, ItemScore? before)
            => new(after.ItemId, before?.Points, after.Points, perYear ? (after.Points - before?.Points) / years : null, null, null, before?.Status, after.Status);

        // Across editions an item is compared with the earlier item it continues; a new item with none.
        var items = later.Items.Select(i => Item(i, continuation.EarlierItem(i.ItemId) is { } e ? earlier.FindItem(e) : null)).ToEquatableArray();
        var domains = later.Domains.Select((d, index) => Covered(d.Code, earlier.FindDomain(d.Code) is { } e ? (e.Score, e.Coverage) : (null, null), (d.Score, d.Coverage), bands?.Domains[index], continuation.DomainChanges(d.Code))).ToEquatableArray();
        var checklist = later.Framework.Checklist;
        // An earlier action is read on the item that continues its item (the same item, within one edition).
        var actions = earlierActions
            .Select(a => (Action: a, Later: continuation.LaterItem(a.ItemId)))
            .Select(a => (a.Action, a.Later, Item: a.Later is null ? -1 : checklist.IndexOfItem(a.Later)))
            .Where(a => a.Item >= 0)
            .Select(a => new ActionReview(
                a.Action,
                laterActions.FirstOrDefault(l => l.ItemId == a.Later && l.Action == a.Action.Action)?.Status,
                items[a.Item],
                domains[checklist.IndexOfDomain(checklist.Items[a.Item].DomainCode)]))
            .ToEquatableArray();
        return new ReviewComparison(
            later.Framework,
            later.PolicyId,
            later.Footprint,
            earlier.AssessedOn,
            later.AssessedOn,
            period,
            years,
            Covered("overall", (earlier.Overall.Score, earlier.Overall.Coverage), (later.Overall.Score, later.Overall.Coverage), bands?.Overall, continuation.OverallChanges()),
            later.Themes.Select((t, index) => Theme(t.Code, earlier.FindTheme(t.Code)?.Score, t.Score, bands?.Themes[index])).ToEquatableArray(),
            domains,
            items,
            bands,
            actions)
        {
            Continuation = continuation,
            ActionsLeftBehind = earlierActions.Where(a => continuation.LaterItem(a.ItemId) is null).ToEquatableArray(),
        };
    }

    /// <summary>Whether <paramref name="later"/> is at least <see cref="MonthsForPerYear"/> calendar months after <paramref name="earlier"/>.</summary>
    private static bool FarEnoughApart(LocalDate earlier, LocalDate later) => earlier.PlusMonths(MonthsForPerYear) <= later;

    /// <summary>The calendar years from <paramref name="start"/> to <paramref name="end"/> (not before it): whole years, then the days left as a share of the year after the last anniversary.</summary>
    internal static double CalendarYears(LocalDate start, LocalDate end)
    {
        var whole = Period.Between(start, end, PeriodUnits.Years).Years;
        var anniversary = start.PlusYears(whole);
        var next = start.PlusYears(whole + 1);
        var left = Period.Between(anniversary, end, PeriodUnits.Days).Days;
        var length = Period.Between(anniversary, next, PeriodUnits.Days).Days;
        return whole + ((double)left / length);
    }

    /// <summary>Two editions as a message names them: by id, and by version too when the ids are the same.</summary>
    private static string Editions(Framework first, Framework second)
        => first.Id == second.Id ? $"{first.Id} {first.Version} and {second.Version}" : $"{first.Id} and {second.Id}";
}
