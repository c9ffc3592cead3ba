using IntegrationFramework.Assessments;
using IntegrationFramework.Collections;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization.Documents;

namespace IntegrationFramework.Serialization;

/// <summary>Turns a parsed assessment file into an <see cref="Assessment"/>, or the problems that prevent it.</summary>
internal sealed partial class AssessmentReader(ReadOptions options) : DocumentReader
{
    /// <summary>The index of each rating's row: rows not yet rated are no ratings, so a rating may come before its row.</summary>
    private int[] rowOf = [];

    /// <summary>Reads the document; a sign-off in it must have <paramref name="actualDigest"/>, the digest of the file without it.</summary>
    public ReadResult<Assessment> Read(AssessmentDocument document, string? actualDigest)
    {
        Unknown(document.Unknown, "$");
        long? version = null;
        if (document.SchemaVersion is null)
        {
            Missing("$.schemaVersion", $"the version of the file format, {AssessmentJson.SchemaVersion} (or {AssessmentJson.AgreedRatingsSchemaVersion} with agreed ratings)");
        }
        else if ((version = WholeNumber(document.SchemaVersion, "$.schemaVersion", $"the version of the file format, {AssessmentJson.SchemaVersion} (or {AssessmentJson.AgreedRatingsSchemaVersion} with agreed ratings)")) is { } number
            && number is not (AssessmentJson.SchemaVersion or AssessmentJson.AgreedRatingsSchemaVersion))
        {
            Error(ProblemCodes.UnsupportedSchemaVersion, "$.schemaVersion", $"schemaVersion {number} is not supported; this library reads versions {AssessmentJson.SchemaVersion} and {AssessmentJson.AgreedRatingsSchemaVersion}.");
        }

        var framework = Framework(document.Framework, "$.framework", options.Frameworks);
        var footprint = Footprint(document.Footprint, "$.footprint");
        var assessedOn = Date(document.AssessedOn, "$.assessedOn", "the date of the assessment, yyyy-MM-dd");

        var assessors = Assessors(document.Assessors);
        var excluded = Scope(document.Scope);
        var ratings = Ratings(document.Ratings);
        var agreed = AgreedRatings(document.AgreedRatings, version);
        var actions = Actions(document.Actions);
        var signOff = SignOff(document.SignOff, actualDigest, assessedOn);
        if (HasErrors)
        {
            return ReadResult.Failure<Assessment>(Problems.ToEquatableArray());
        }

        var assessment = new Assessment(framework!, footprint!, assessedOn!.Value, assessors, ratings, excluded, agreed, actions);
        assessment = signOff is null ? assessment : assessment.WithSignOff(signOff);
        var found = assessment.Validate(options.Clock);
        if (!found.IsEmpty)
        {
            // Rows not yet rated are no ratings, so the k-th rating may be a later row of the file.
            var map = new SourceMap((row, property) => row.AtJson($"{row.JsonPath}.{property}"), place => place);
            foreach (var row in rowOf.Take(ratings.Count))
            {
                map.AddRating(ProblemLocation.InJson($"$.ratings[{row}]"));
            }

            foreach (var problem in found)
            {
                Problems.Add(map.Relocate(problem));
            }
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

    /// <summary>
    /// The consensus meeting's agreed ratings, which only a file of <see cref="AssessmentJson.AgreedRatingsSchemaVersion"/>
    /// may hold: a reader of version 1 would score the file without them.
    /// </summary>
    private EquatableArray<AgreedRating> AgreedRatings(List<AgreedRatingDocument?>? documents, long? version)
    {
        if (documents is null || documents.Count == 0)
        {
            return [];
        }

        if (version == AssessmentJson.SchemaVersion)
        {
            Error(ProblemCodes.UnsupportedSchemaVersion, "$.schemaVersion", $"The file has agreed ratings, which need schemaVersion {AssessmentJson.AgreedRatingsSchemaVersion}: a reader of version {AssessmentJson.SchemaVersion} would score it without them. Set schemaVersion to {AssessmentJson.AgreedRatingsSchemaVersion}.");
        }

        var agreed = new List<AgreedRating>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            var path = $"$.agreedRatings[{i}]";
            if (documents[i] is not { } document)
            {
                Error(ProblemCodes.WrongType, path, "The value has the wrong type: expected an object with an item, a progress, a rationale, agreedOn and agreedBy.");
                continue;
            }

            Unknown(document.Unknown, path);
            var item = Text(document.Item, $"{path}.item", "the id of the item agreed, such as PCC.4");
            var progress = Term(document.Progress, $"{path}.progress", Vocabularies.Target);
            var target = OptionalTerm(document.Target, $"{path}.target", Vocabularies.Target);
            var rationale = Text(document.Rationale, $"{path}.rationale", "why the meeting agreed it");
            var agreedOn = Date(document.AgreedOn, $"{path}.agreedOn", "the date of the meeting, yyyy-MM-dd");
            var agreedBy = Text(document.AgreedBy, $"{path}.agreedBy", "who agreed it, such as the meeting's name");
            if (item is not null && progress is not null && (document.Target is null || target is not null) && rationale is not null && agreedOn is not null && agreedBy is not null)
            {
                agreed.Add(new AgreedRating(item, progress.Value, rationale, agreedOn.Value, agreedBy, target));
            }
        }

        return agreed.ToEquatableArray();
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
            Problems.Add(options.TooManyRatings(documents.Count, ProblemLocation.InJson("$.ratings")));
            return [];
        }

        var ratings = new Rating[documents.Count];
        rowOf = new int[documents.Count];
        var kept = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            if (Clean(documents[i]) is { } clean)
            {
                rowOf[kept] = i;
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
                NotYetRated(document, path);
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
                rowOf[kept] = i;
                ratings[kept++] = new Rating(item, assessor, progress.Value, target, evidence);
            }
        }

        return EquatableArray.Create<Rating>(ratings.AsSpan(0, kept));
    }

    /// <summary>
    /// A row whose progress is null (or absent), as a template writes it: no rating. A target or evidence on it is
    /// kept in the file but not scored, which a warning says.
    /// </summary>
    private void NotYetRated(RatingDocument document, string path)
    {
        if (UnratedRow.Warning(ProblemLocation.InJson($"{path}.progress"), document.Item, string.IsNullOrWhiteSpace(document.Item) ? null : document.Assessor ?? string.Empty, document.Target is not null, !string.IsNullOrWhiteSpace(document.Evidence)) is { } warning)
        {
            Problems.Add(warning);
        }
    }

    /// <summary>
    /// The rating of a document with nothing to report, or null when it has something (which the caller then reports,
    /// path by path). Most files have nothing to report on any rating, so their paths are never built.
    /// </summary>
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
