using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization.Documents;

namespace IntegrationFramework.Serialization;

/// <summary>Turns a parsed assessment file into an <see cref="Assessment"/>, or the problems that prevent it.</summary>
internal sealed class AssessmentReader(ReadOptions options) : DocumentReader
{
    /// <summary>The path of each rating's row, once a row not yet rated has been passed over; null while none has.</summary>
    private List<string>? ratingRows;

    public ReadResult<Assessment> Read(AssessmentDocument document)
    {
        Unknown(document.Unknown, "$");
        if (document.SchemaVersion is null)
        {
            Missing("$.schemaVersion", $"the version of the file format, {AssessmentJson.SchemaVersion}");
        }
        else if (WholeNumber(document.SchemaVersion, "$.schemaVersion", $"the version of the file format, {AssessmentJson.SchemaVersion}") is { } version && version != AssessmentJson.SchemaVersion)
        {
            Error(ProblemCodes.UnsupportedSchemaVersion, "$.schemaVersion", $"schemaVersion {version} is not supported; this library reads version {AssessmentJson.SchemaVersion}.");
        }

        var framework = Framework(document.Framework, "$.framework", options.Frameworks);
        var footprint = Footprint(document.Footprint, "$.footprint");
        var assessedOn = Date(document.AssessedOn, "$.assessedOn", "the date of the assessment, yyyy-MM-dd");

        var assessors = Assessors(document.Assessors);
        var excluded = Scope(document.Scope);
        var ratings = Ratings(document.Ratings);
        if (HasErrors)
        {
            return ReadResult.Failure<Assessment>(Problems.ToEquatableArray());
        }

        var assessment = new Assessment(framework!, footprint!, assessedOn!.Value, assessors, ratings, excluded);
        foreach (var problem in assessment.Validate(options.Clock))
        {
            // Rows not yet rated are not ratings, so a rating's index in the assessment may be behind its row's.
            Problems.Add(ratingRows is null ? problem : ProblemPaths.Relocate(problem, ratingRows, [], path => path, (row, property) => $"{row}.{property}"));
        }

        return ReadResult.Of(assessment, Problems.ToEquatableArray());
    }

    private EquatableArray<Assessor> Assessors(List<AssessorDocument?>? documents)
    {
        if (documents is null)
        {
            Missing("$.assessors", "the partners who assess, [] when there are none yet");
            return [];
        }

        var assessors = new List<Assessor>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            var path = $"$.assessors[{i}]";
            if (documents[i] is not { } document)
            {
                Error(ProblemCodes.WrongType, path, "The value has the wrong type: expected an object with an id, a name and a partner.");
                continue;
            }

            Unknown(document.Unknown, path);
            var id = Text(document.Id, $"{path}.id", "a short id that ratings name, such as council");
            var name = Text(document.Name, $"{path}.name", "a name a person recognises");
            var partner = Term(document.Partner, $"{path}.partner", Vocabularies.Partner);
            if (id is not null && name is not null && partner is not null)
            {
                assessors.Add(new Assessor(id, name, partner.Value));
            }
        }

        return assessors.ToEquatableArray();
    }

    private EquatableArray<string> Scope(ScopeDocument? scope)
    {
        if (scope is null)
        {
            return [];
        }

        Unknown(scope.Unknown, "$.scope");
        var excluded = new List<string>();
        for (var i = 0; i < (scope.ExcludedDomains?.Count ?? 0); i++)
        {
            if (Text(scope.ExcludedDomains![i], $"$.scope.excludedDomains[{i}]", "a domain code, such as INF") is { } code)
            {
                excluded.Add(code);
            }
        }

        return excluded.ToEquatableArray();
    }

    private EquatableArray<Rating> Ratings(List<RatingDocument?>? documents)
    {
        if (documents is null)
        {
            Missing("$.ratings", "the assessors' ratings, [] when there are none yet");
            return [];
        }

        if (documents.Count > options.MaxRatings)
        {
            Problems.Add(options.TooManyRatings(documents.Count, "$.ratings"));
            return [];
        }

        var ratings = new Rating[documents.Count];
        var kept = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            if (Clean(documents[i]) is { } clean)
            {
                ratingRows?.Add($"$.ratings[{i}]");
                ratings[kept++] = clean;
                continue;
            }

            var path = $"$.ratings[{i}]";
            if (documents[i] is not { } document)
            {
                Error(ProblemCodes.WrongType, path, "The value has the wrong type: expected an object with an item, an assessor and a progress.");
                continue;
            }

            Unknown(document.Unknown, path);
            if (document.Progress is null)
            {
                NotYetRated(document, path, kept);
                continue;
            }

            var item = Text(document.Item, $"{path}.item", "the id of the item rated, such as PCC.4");
            var assessor = Text(document.Assessor, $"{path}.assessor", "the id of the assessor who rates it");
            var progress = Term(document.Progress, $"{path}.progress", Vocabularies.Progress);
            var target = OptionalTerm(document.Target, $"{path}.target", Vocabularies.Target);
            var evidence = document.Evidence;
            if (evidence is not null && string.IsNullOrWhiteSpace(evidence))
            {
                Problems.Add(new(ProblemCodes.InvalidValue, $"{path}.evidence", "The evidence is blank; it is ignored.", ProblemSeverity.Warning));
                evidence = null;
            }

            if (item is not null && assessor is not null && progress is not null && (document.Target is null || target is not null))
            {
                ratingRows?.Add(path);
                ratings[kept++] = new Rating(item, assessor, progress.Value, target, evidence);
            }
        }

        return EquatableArray.Create<Rating>(ratings.AsSpan(0, kept));
    }

    /// <summary>
    /// The rating of a document with nothing to report, or null when it has something (which the caller then reports,
    /// path by path). Most files have nothing to report on any rating, so their paths are never built.
    /// </summary>
    /// <summary>
    /// A row whose progress is null (or absent), as a template writes it: no rating. A target or evidence on it is
    /// kept in the file but not scored, which a warning says.
    /// </summary>
    private void NotYetRated(RatingDocument document, string path, int kept)
    {
        if (ratingRows is null)
        {
            ratingRows = new List<string>(kept);
            for (var k = 0; k < kept; k++)
            {
                ratingRows.Add($"$.ratings[{k}]");
            }
        }

        var given = (document.Target is not null, !string.IsNullOrWhiteSpace(document.Evidence)) switch
        {
            (true, true) => "a target and evidence",
            (true, false) => "a target",
            (false, true) => "evidence",
            _ => null,
        };
        if (given is not null)
        {
            var what = string.IsNullOrWhiteSpace(document.Item) ? "The row" : $"{document.Item} for {(string.IsNullOrWhiteSpace(document.Assessor) ? "its assessor" : document.Assessor)}";
            Problems.Add(new(ProblemCodes.NotYetRated, $"{path}.progress", $"{what} has {given} but no progress yet, so it is not scored; it stays in the file. Give a progress to count it.", ProblemSeverity.Warning));
        }
    }

    private static Rating? Clean(RatingDocument? document)
    {
        if (document is null || document.Unknown is not null
            || string.IsNullOrWhiteSpace(document.Item) || string.IsNullOrWhiteSpace(document.Assessor)
            || !Vocabularies.Progress.TryParse(document.Progress, out var progress)
            || (document.Evidence is not null && string.IsNullOrWhiteSpace(document.Evidence)))
        {
            return null;
        }

        Progress? target = null;
        if (document.Target is not null)
        {
            if (!Vocabularies.Target.TryParse(document.Target, out var level))
            {
                return null;
            }

            target = level;
        }

        return new Rating(document.Item, document.Assessor, progress, target, document.Evidence);
    }
}
