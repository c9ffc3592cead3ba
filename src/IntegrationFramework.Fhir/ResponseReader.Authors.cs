using Hl7.Fhir.Model;
using IntegrationFramework.Assessments;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Fhir;

/// <summary>Who filled each response: the author as this library exports it, or as a generic form filler names it, matched to the assessors given.</summary>
internal sealed partial class ResponseReader
{
    private Assessor? Author(ResourceReference? author, ProblemLocation path)
    {
        if (author?.Identifier is { Value: { Length: > 0 } id } && author.Identifier.System == FhirIdentifiers.AssessorSystem && !string.IsNullOrWhiteSpace(author.Display))
        {
            var partner = Code(author.GetExtensionValue<Code>(FhirIdentifiers.PartnerKindExtension)?.Value, path.Below(".extension"), Vocabularies.Partner);
            if (partner is null)
            {
                return null;
            }

            var own = new Assessor(id, author.Display, partner.Value);
            if (context.Assessors.FirstOrDefault(a => a.Id == id) is { } stated && stated != own)
            {
                Error(FhirProblemCodes.AuthorContradictsAssessor, path, $"The response's author is {Describe(own)}, but the assessor given is {Describe(stated)}; leave that assessor out of those given, or correct it.");
                return null;
            }

            return Add(own, path);
        }

        if (author is null || (string.IsNullOrWhiteSpace(author.Display) && string.IsNullOrWhiteSpace(author.Reference)))
        {
            if (responseCount == 1 && context.Assessors.Count == 1)
            {
                return Add(context.Assessors[0], path);
            }

            Error(FhirProblemCodes.ResponseWithoutAuthor, path, responseCount == 1
                ? "The response has no author; give the one assessor who filled it with the response."
                : $"The response has no author, and there are {responseCount} responses; each needs an author naming its assessor (a display name or a reference), so that none is matched by position.");
            return null;
        }

        // A generic form filler: the author is a display name, or a reference such as Organization/croydon-council.
        var reference = author.Reference;
        var referenceId = reference?[(reference.LastIndexOf('/') + 1)..];
        string?[] names = [author.Display, reference, referenceId];
        var matched = context.Assessors.FirstOrDefault(a => names.Any(n => !string.IsNullOrWhiteSpace(n) && (n == a.Id || string.Equals(n.Trim(), a.Name, StringComparison.OrdinalIgnoreCase))));
        if (matched is null)
        {
            var named = string.Join(" and ", names.Take(2).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => $"'{n}'"));
            Error(FhirProblemCodes.UnknownAuthor, path, $"The response's author is {named}, which no assessor given names; give the assessor who filled it, whose id or name equals the author's display or reference{Example(referenceId, author.Display)}.");
            return null;
        }

        return Add(matched, path);
    }

    private Assessor Add(Assessor assessor, ProblemLocation path)
    {
        assessors.Add(assessor);
        map.AddAssessor(path);
        return assessor;
    }

    private static string Describe(Assessor assessor) => $"{assessor.Id} '{assessor.Name}' ({Vocabularies.Partner.NameOf(assessor.Partner)})";

    /// <summary>The id and name an assessor given could have to match the author: ", such as the id 'icb' or the name 'South West London ICB'".</summary>
    private static string Example(string? id, string? name)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(id))
        {
            parts.Add($"the id '{id}'");
        }

        if (!string.IsNullOrWhiteSpace(name))
        {
            parts.Add($"the name '{name}'");
        }

        return parts.Count == 0 ? string.Empty : $", such as {string.Join(" or ", parts)}";
    }
}
