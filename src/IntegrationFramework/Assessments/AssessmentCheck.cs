using IntegrationFramework.Collections;
using IntegrationFramework.Dates;
using IntegrationFramework.Problems;

namespace IntegrationFramework.Assessments;

/// <summary>
/// Checks an assessment against its framework and, when it is valid, resolves its ratings for scoring.
/// Problems come in the order of their paths: assessors, scope, ratings, agreed ratings, actions.
/// </summary>
internal static class AssessmentCheck
{
    public static (EquatableArray<Problem> Problems, CompiledRatings Compiled) Run(Assessment assessment)
    {
        var problems = new List<Problem>();
        var framework = assessment.Framework;

        var assessors = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < assessment.Assessors.Count; i++)
        {
            if (!assessors.Add(assessment.Assessors[i].Id))
            {
                problems.Add(new(
                    ProblemCodes.DuplicateAssessor,
                    $"$.assessors[{i}].id",
                    $"The assessor id '{assessment.Assessors[i].Id}' is used more than once; give each assessor its own id."));
            }
        }

        var checklist = framework.Checklist;
        var excluded = new bool[checklist.Domains.Count];
        for (var i = 0; i < assessment.ExcludedDomains.Count; i++)
        {
            var code = assessment.ExcludedDomains[i];
            var index = checklist.IndexOfDomain(code);
            if (index < 0)
            {
                problems.Add(new(
                    ProblemCodes.UnknownExcludedDomain,
                    $"$.scope.excludedDomains[{i}]",
                    $"The excluded domain '{code}' is not in the {framework.Id} checklist; its domains are {DomainList(checklist)}."));
            }
            else if (excluded[index])
            {
                problems.Add(new(
                    ProblemCodes.DuplicateExcludedDomain,
                    $"$.scope.excludedDomains[{i}]",
                    $"The domain '{code}' is excluded more than once; list it once."));
            }
            else
            {
                excluded[index] = true;
            }
        }

        var count = assessment.Ratings.Count;
        var counts = new int[checklist.Items.Count * CompiledRatings.Stride];
        var duplicates = new DuplicateRatings(assessment, checklist);
        for (var i = 0; i < count; i++)
        {
            var rating = assessment.Ratings[i];
            var item = checklist.IndexOfItem(rating.ItemId);
            if (item < 0)
            {
                problems.Add(new(ProblemCodes.UnknownItem, $"$.ratings[{i}].item", UnknownItemMessage(rating.ItemId, framework)));
            }

            var assessor = duplicates.IndexOfAssessor(rating.AssessorId);
            if (assessor < 0)
            {
                problems.Add(new(
                    ProblemCodes.UnknownAssessor,
                    $"$.ratings[{i}].assessor",
                    assessors.Count == 0
                        ? $"The assessor '{rating.AssessorId}' is not listed; the assessment lists no assessors, so add it to $.assessors."
                        : $"The assessor '{rating.AssessorId}' is not listed; the assessors are {string.Join(", ", assessment.Assessors.Select(a => a.Id).Distinct())}."));
            }

            if (duplicates.FirstRating(i, rating, item, assessor) is { } first)
            {
                problems.Add(new(
                    ProblemCodes.DuplicateRating,
                    $"$.ratings[{i}]",
                    $"The assessor '{rating.AssessorId}' rates item {rating.ItemId} more than once; keep one rating (the first is $.ratings[{first}])."));
            }

            if (rating.Target is { } target)
            {
                if (rating.Progress == Progress.NotApplicable)
                {
                    problems.Add(new(
                        ProblemCodes.TargetWithoutProgress,
                        $"$.ratings[{i}].target",
                        "A notApplicable rating cannot carry a target; remove the target, or rate the item's progress."));
                }
                else if (target < rating.Progress)
                {
                    problems.Add(new(
                        ProblemCodes.TargetBelowProgress,
                        $"$.ratings[{i}].target",
                        $"The target ({target.ToFileName()}) is below the progress ({rating.Progress.ToFileName()}); a target is the level aimed for, so it must be at least the progress."));
                }
            }

            if (item >= 0 && problems.Count == 0)
            {
                CompiledRatings.Count(counts, item, rating.Progress, rating.Target);
            }
        }

        var agreed = Agreed(assessment, checklist, problems);
        for (var i = 0; i < assessment.Actions.Count; i++)
        {
            if (checklist.IndexOfItem(assessment.Actions[i].ItemId) < 0)
            {
                problems.Add(new(ProblemCodes.UnknownItem, $"$.actions[{i}].item", UnknownItemMessage(assessment.Actions[i].ItemId, assessment.Framework)));
            }
        }

        return problems.Count == 0
            ? ([], new CompiledRatings(counts, excluded, agreed))
            : (problems.ToEquatableArray(), CompiledRatings.Empty);
    }

    /// <summary>Checks the consensus meeting's agreed ratings and lays them out by item: level and target, −1 for none.</summary>
    private static int[] Agreed(Assessment assessment, Checklists.Checklist checklist, List<Problem> problems)
    {
        if (assessment.AgreedRatings.IsEmpty)
        {
            return [];
        }

        var agreed = new int[checklist.Items.Count * 2];
        Array.Fill(agreed, -1);
        var rated = assessment.Ratings.Select(r => r.ItemId).ToHashSet(StringComparer.Ordinal);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < assessment.AgreedRatings.Count; i++)
        {
            var rating = assessment.AgreedRatings[i];
            var path = $"$.agreedRatings[{i}]";
            var item = checklist.IndexOfItem(rating.ItemId);
            if (item < 0)
            {
                problems.Add(new(ProblemCodes.UnknownItem, $"{path}.item", UnknownItemMessage(rating.ItemId, assessment.Framework)));
            }
            else if (first.TryGetValue(rating.ItemId, out var earlier))
            {
                problems.Add(new(ProblemCodes.DuplicateAgreedRating, path, $"Item {rating.ItemId} is agreed more than once; the meeting agrees one rating an item: keep one (the first is $.agreedRatings[{earlier}])."));
            }
            else if (!rated.Contains(rating.ItemId))
            {
                problems.Add(new(ProblemCodes.AgreedWithoutRatings, $"{path}.item", $"Item {rating.ItemId} has an agreed rating but no partner rated it; the meeting agrees among the partners' ratings, so add theirs, or remove the agreed rating."));
            }
            else
            {
                first[rating.ItemId] = i;
            }

            if (rating.Target is { } target && target < rating.Progress)
            {
                problems.Add(new(
                    ProblemCodes.TargetBelowProgress,
                    $"{path}.target",
                    $"The agreed target ({target.ToFileName()}) is below the agreed progress ({rating.Progress.ToFileName()}); a target is the level aimed for, so it must be at least the progress."));
            }

            if (rating.AgreedOn < assessment.AssessedOn)
            {
                problems.Add(new(
                    ProblemCodes.AgreedBeforeAssessment,
                    $"{path}.agreedOn",
                    $"The rating was agreed on {IsoDate.Format(rating.AgreedOn)}, before the assessment ({IsoDate.Format(assessment.AssessedOn)}); the meeting agrees after the partners rate, so date it on or after the assessment."));
            }

            if (item >= 0)
            {
                agreed[item * 2] = (int)rating.Progress;
                agreed[(item * 2) + 1] = rating.Target is { } aim ? (int)aim : -1;
            }
        }

        return agreed;
    }

    private static string UnknownItemMessage(string itemId, Checklists.Framework framework)
    {
        var checklist = framework.Checklist;
        var dot = itemId.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0 && checklist.FindDomain(itemId[..dot]) is { } domain)
        {
            return $"Item '{itemId}' is not in the {framework.Id} checklist; domain {domain.Code} has items {domain.Items[0].Id} to {domain.Items[^1].Id}.";
        }

        return $"Item '{itemId}' is not in the {framework.Id} checklist; item ids are a domain code, a full stop and a number, such as {checklist.Items[0].Id}, and the domains are {DomainList(checklist)}.";
    }

    private static string DomainList(Checklists.Checklist checklist) => string.Join(", ", checklist.Domains.Select(d => d.Code));
}
