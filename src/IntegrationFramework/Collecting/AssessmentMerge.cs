using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Dates;
using IntegrationFramework.Guards;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Collecting;

/// <summary>
/// Merges the files of one assessment, one or more from each partner, into one assessment, as <c>ifw merge</c> does.
/// </summary>
/// <remarks>
/// <para>
/// The files must be of one framework, footprint, date and scope; another is an error naming both files. Assessors are
/// listed once each, in the order the files first list them; one id with two names or partners is an error.
/// </para>
/// <para>
/// Ratings of different assessors for one item are the normal case: each keeps its own target and evidence. The same
/// assessor rating the same item in two files is a warning when the ratings are identical (one is kept) and an error
/// naming both files when they differ: the merge never lets the last file win. An assessor listed without ratings (a
/// template sent back blank) is not a conflict.
/// </para>
/// </remarks>
public static class AssessmentMerge
{
    /// <summary>Merges files into one assessment.</summary>
    /// <param name="files">The files, in the order given; at least one.</param>
    /// <returns>The merged assessment with any warnings, or the problems that prevent it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="files"/> is null or holds null.</exception>
    public static ReadResult<Assessment> Merge(IEnumerable<PartnerFile> files)
    {
        var list = Preconditions.NotNull(files).ToList();
        Preconditions.NoNulls(list.ToEquatableArray(), nameof(files));
        if (list.Count == 0)
        {
            return ReadResult.Failure<Assessment>([new Problem(ProblemCodes.MissingValue, ProblemLocation.Nowhere, "There are no files to merge; give the files of one assessment.")]);
        }

        var problems = new List<Problem>();
        var first = list[0];
        var assessors = new List<Assessor>();
        var assessorFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        var ratings = new List<Rating>();
        var ratingFiles = new Dictionary<(string Item, string Assessor), (Rating Rating, string File)>();
        var agreed = new List<AgreedRating>();
        var actions = new List<PlannedAction>();
        var agreedFiles = new Dictionary<string, (AgreedRating Rating, string File)>(StringComparer.Ordinal);
        foreach (var file in list)
        {
            if (Difference(first.Assessment, file.Assessment) is { } difference)
            {
                problems.Add(new(ProblemCodes.OtherAssessment, At(file), $"The file is {difference(file.Assessment)}, {first.Name} {difference(first.Assessment)}; merge only the files of one assessment."));
                continue;
            }

            foreach (var assessor in file.Assessment.Assessors)
            {
                if (!assessorFiles.TryAdd(assessor.Id, file.Name))
                {
                    var known = assessors.Find(a => a.Id == assessor.Id)!;
                    if (known != assessor)
                    {
                        problems.Add(new(ProblemCodes.DuplicateAssessor, At(file), $"The assessor '{assessor.Id}' is {Describe(assessor)} here and {Describe(known)} in {assessorFiles[assessor.Id]}; give one name and partner for each assessor."));
                    }

                    continue;
                }

                assessors.Add(assessor);
            }

            foreach (var rating in file.Assessment.Ratings)
            {
                var key = (rating.ItemId, rating.AssessorId);
                if (!ratingFiles.TryGetValue(key, out var earlier))
                {
                    ratingFiles.Add(key, (rating, file.Name));
                    ratings.Add(rating);
                }
                else if (earlier.File == file.Name)
                {
                    // Twice in one file: the file's own check reports it (duplicate-rating) below.
                    ratings.Add(rating);
                }
                else if (earlier.Rating == rating)
                {
                    problems.Add(new(ProblemCodes.DuplicateRating, At(file), $"{rating.AssessorId}'s rating of {rating.ItemId} is also in {earlier.File}, the same; it is kept once.", ProblemSeverity.Warning));
                }
                else
                {
                    problems.Add(new(ProblemCodes.ConflictingRatings, At(file), $"{rating.AssessorId} rates {rating.ItemId} {Describe(rating)} here and {Describe(earlier.Rating)} in {earlier.File}; one assessor gives one rating an item: keep the one they mean and remove the other."));
                }
            }

            // What the consensus meeting agreed, from whichever file carries it: the same twice is kept once, two
            // different agreements of one item are an error naming both files.
            foreach (var rating in file.Assessment.AgreedRatings)
            {
                if (!agreedFiles.TryGetValue(rating.ItemId, out var earlier) || earlier.File == file.Name)
                {
                    agreedFiles.TryAdd(rating.ItemId, (rating, file.Name));
                    agreed.Add(rating);
                }
                else if (earlier.Rating != rating)
                {
                    problems.Add(new(ProblemCodes.ConflictingRatings, At(file), $"{rating.ItemId} is agreed as {Describe(rating)} here and as {Describe(earlier.Rating)} in {earlier.File}; the meeting agrees one rating an item: keep the one it agreed."));
                }
            }

            // The partners' actions, from whichever file carries them: the same action twice is kept once.
            foreach (var action in file.Assessment.Actions)
            {
                if (!actions.Contains(action))
                {
                    actions.Add(action);
                }
            }
        }

        if (ReadResult.HasError(problems.ToEquatableArray()))
        {
            return ReadResult.Failure<Assessment>(problems.ToEquatableArray());
        }

        var a = first.Assessment;
        var merged = new Assessment(a.Framework, a.Footprint, a.AssessedOn, assessors.ToEquatableArray(), ratings.ToEquatableArray(), a.ExcludedDomains, agreed.ToEquatableArray(), actions.ToEquatableArray());
        problems.AddRange(merged.Problems.Select(p => p.InFile(MergedName)));
        return ReadResult.Of(merged, problems.ToEquatableArray());
    }

    /// <summary>The name the problems of the merged assessment itself are reported under.</summary>
    public const string MergedName = "(merged)";

    /// <summary>A file as a whole, where a problem of merging it is.</summary>
    private static ProblemLocation At(PartnerFile file) => ProblemLocation.Nowhere.InFile(file.Name);

    /// <summary>An agreed rating in words: "inPlace (target embedded) on 2026-03-02 by Croydon consensus workshop: …".</summary>
    private static string Describe(AgreedRating rating)
        => $"{rating.Progress.ToFileName()}{(rating.Target is { } target ? $" (target {target.ToFileName()})" : string.Empty)} on {IsoDate.Format(rating.AgreedOn)} by {rating.AgreedBy}: \"{Shorten(rating.Rationale)}\"";

    /// <summary>How the second assessment differs from the first in what makes them one assessment, as a describer of either; null when they are alike.</summary>
    private static Func<Assessment, string>? Difference(Assessment first, Assessment other)
    {
        if (other.Framework != first.Framework)
        {
            return a => $"against {a.Framework.Id}";
        }

        if (other.Footprint != first.Footprint)
        {
            return a => $"of {a.Footprint}";
        }

        if (other.AssessedOn != first.AssessedOn)
        {
            return a => $"dated {IsoDate.Format(a.AssessedOn)}";
        }

        return other.ExcludedDomains.Order(StringComparer.Ordinal).SequenceEqual(first.ExcludedDomains.Order(StringComparer.Ordinal))
            ? null
            : a => a.ExcludedDomains.IsEmpty ? "of every domain" : $"without {string.Join(", ", a.ExcludedDomains)}";
    }

    private static string Describe(Assessor assessor) => $"'{assessor.Name}' ({Vocabularies.Partner.NameOf(assessor.Partner)})";

    private static string Describe(Rating rating)
    {
        var text = Vocabularies.Progress.NameOf(rating.Progress);
        if (rating.Target is { } target)
        {
            text += $" (target {Vocabularies.Target.NameOf(target)})";
        }

        return rating.Evidence is null ? text : $"{text} with evidence \"{Shorten(rating.Evidence)}\"";
    }

    private static string Shorten(string evidence) => evidence.Length <= 40 ? evidence : string.Concat(evidence.AsSpan(0, 39), "…");
}
