namespace IntegrationFramework.Tests.Reference;

// Plain input and output types of the reference scorer. Nothing here comes from the IntegrationFramework library:
// an adapter maps the library's checklist, assessment and ratings onto these records.

/// <summary>An item of a domain; its weight is 1 unless the policy gives another (must be positive).</summary>
public sealed record RefItem(string Id, double Weight = 1);

/// <summary>A domain: its items, in checklist order.</summary>
public sealed record RefDomain(string Id, IReadOnlyList<RefItem> Items);

/// <summary>A theme: its domains, in checklist order.</summary>
public sealed record RefTheme(string Id, IReadOnlyList<RefDomain> Domains);

/// <summary>
/// One assessor's rating of one item: a level 0–4, or not applicable, or neither (the same as no rating).
/// A rating may carry a target level 0–4 whatever its level. At most one rating per assessor per item.
/// </summary>
public sealed record RefRating(string Assessor, string Item, int? Level, bool NotApplicable = false, int? Target = null);

/// <summary>
/// One assessment: the checklist (themes → domains → items), its assessors, their ratings, and the domains it
/// leaves out of scope (their ratings are kept, their items still get a consensus, but nothing of theirs is scored).
/// </summary>
public sealed record RefAssessment(
    IReadOnlyList<RefTheme> Themes,
    IReadOnlyList<string> Assessors,
    IReadOnlyList<RefRating> Ratings,
    IReadOnlyCollection<string>? ExcludedDomains = null);

public enum RefStage { Emerging, Developing, Maturing, Thriving }

public enum RefItemStatus { Rated, Unrated, NotApplicable }

/// <summary>
/// An item's result. Consensus, points and spread only when rated; gap only when both a target and a consensus exist.
/// Split = spread ≥ 3. InScope is false for the items of an excluded domain.
/// </summary>
public sealed record RefItemResult(
    string Item,
    string Domain,
    bool InScope,
    RefItemStatus Status,
    double? Consensus,
    double? Points,
    int? Spread,
    bool Split,
    bool Uncertain,
    double? Target,
    int TargetSetters,
    double? Gap);

/// <summary>
/// The partner band of one score. Low/High follow the rule literally: resamples without a score are left out and the
/// cumulative thresholds 0.025 and 0.975 are NOT renormalised, so High (or even Low) is null when the kept weight
/// never reaches the threshold. RenormalisedLow/High are the same points with the thresholds taken as shares of
/// KeptWeight instead, given only so the two readings can be compared. StageProbability is the kept weight whose
/// stage equals the stage of the actual score (not renormalised either). Resamples = number of multisets enumerated.
/// </summary>
public sealed record RefBand(
    double? Low,
    double? High,
    double? RenormalisedLow,
    double? RenormalisedHigh,
    double? StageProbability,
    double KeptWeight,
    int Resamples);

/// <summary>A score with its coverage, its stage (null where withheld) and its partner band (null with m ≤ 3 or m > 8).</summary>
public sealed record RefScore(double? Score, double? Coverage, RefStage? Stage, RefBand? Band);

/// <summary>Krippendorff's ordinal alpha over Units items, with its jackknife band (both null where undefined).</summary>
public sealed record RefAlpha(double? Alpha, double? Low, double? High, int Units);

/// <summary>A domain's result; everything but the id is null for an excluded domain (InScope false).</summary>
public sealed record RefDomainResult(string Domain, string Theme, bool InScope, RefScore Score, double? TargetScore, RefAlpha Alpha);

public sealed record RefThemeResult(string Theme, RefScore Score);

/// <summary>
/// Rule 7 for one partner: the mean of (their level − median of the other partners' levels) over ItemsCompared items,
/// and on how many split-or-uncertain items they were the furthest out.
/// </summary>
public sealed record RefPartnerPattern(string Assessor, double? MeanOffset, int ItemsCompared, int FurthestOutCount);

public sealed record RefResult(
    IReadOnlyList<RefItemResult> Items,
    IReadOnlyList<RefDomainResult> Domains,
    IReadOnlyList<RefThemeResult> Themes,
    RefScore Overall,
    RefAlpha ChecklistAlpha,
    IReadOnlyList<RefPartnerPattern> Partners);
