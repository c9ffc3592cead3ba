using Hl7.Fhir.Model;
using IntegrationFramework.Assessments;
using IntegrationFramework.Checklists;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Fhir;

/// <summary>The answers of a response: each item's level, target and evidence, checked against the Questionnaire's options.</summary>
internal sealed partial class ResponseReader
{
    /// <summary>What a question's answer gives: the item, its level, target and evidence, and the answer's path.</summary>
    private delegate void Answered(ChecklistItem item, Progress progress, Progress? target, string? evidence, ProblemLocation path);

    private void Items(List<QuestionnaireResponse.ItemComponent> items, ProblemLocation path, Checklist checklist, Vocabulary<Progress> levels, Answered add)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var itemPath = path.Below($"[{i}]");
            if (checklist.FindTheme(item.LinkId) is not null || checklist.FindDomain(item.LinkId) is not null)
            {
                Items(item.Item, itemPath.Below(".item"), checklist, levels, add);
            }
            else if (checklist.FindItem(item.LinkId) is { } checklistItem)
            {
                Question(item, itemPath, checklistItem, levels, add);
            }
            else
            {
                UnknownLinkId(item.LinkId, itemPath.Below(".linkId"), checklist);
            }
        }
    }

    private void Question(QuestionnaireResponse.ItemComponent item, ProblemLocation path, ChecklistItem checklistItem, Vocabulary<Progress> levels, Answered add)
    {
        if (item.Answer.Count == 0)
        {
            return;
        }

        if (item.Answer.Count > 1)
        {
            Error(ProblemCodes.InvalidValue, path.Below(".answer"), $"Item {checklistItem.Id} has {item.Answer.Count} answers; give one.");
            return;
        }

        var answer = item.Answer[0];
        var progress = Option(answer.Value, path.Below(".answer[0].value"), levels);
        Progress? target = null;
        string? evidence = null;
        var nested = answer.Item.Select((n, k) => (n, p: path.Below($".answer[0].item[{k}]"))).Concat(item.Item.Select((n, k) => (n, p: path.Below($".item[{k}]"))));
        foreach (var (child, childPath) in nested)
        {
            if (child.LinkId == checklistItem.Id + FhirIdentifiers.TargetSuffix && child.Answer.Count == 1)
            {
                target = Option(child.Answer[0].Value, childPath.Below(".answer[0].value"), Vocabularies.Target);
            }
            else if (child.LinkId == checklistItem.Id + FhirIdentifiers.EvidenceSuffix && child.Answer.Count == 1 && child.Answer[0].Value is FhirString { Value: { } text })
            {
                evidence = string.IsNullOrWhiteSpace(text) ? null : text;
            }
            else if (child.LinkId != checklistItem.Id + FhirIdentifiers.TargetSuffix && child.LinkId != checklistItem.Id + FhirIdentifiers.EvidenceSuffix)
            {
                UnknownLinkId(child.LinkId, childPath.Below(".linkId"), null);
            }
            else
            {
                Error(ProblemCodes.InvalidValue, childPath, $"'{child.LinkId}' needs one answer: {(child.LinkId.EndsWith(FhirIdentifiers.TargetSuffix, StringComparison.Ordinal) ? "a target level" : "the evidence as text")}.");
            }
        }

        if (progress is { } value)
        {
            add(checklistItem, value, target, evidence, path);
        }
    }

    private Progress? Option(DataType? value, ProblemLocation path, Vocabulary<Progress> vocabulary)
    {
        if (value is Coding { System: FhirIdentifiers.ProgressCodeSystem } coding && vocabulary.TryParse(coding.Code, out var progress))
        {
            return progress;
        }

        var found = value is Coding other ? $"{other.System}#{other.Code}" : value?.TypeName ?? "nothing";
        Error(ProblemCodes.UnknownValue, path, $"The answer {found} is not one of the question's options; answer with a code of {FhirIdentifiers.ProgressCodeSystem}: {vocabulary.Allowed}.");
        return null;
    }

    private TEnum? Code<TEnum>(string? value, ProblemLocation path, Vocabulary<TEnum> vocabulary)
        where TEnum : struct, Enum
    {
        if (vocabulary.TryParse(value, out var term))
        {
            return term;
        }

        Error(value is null ? ProblemCodes.MissingValue : ProblemCodes.UnknownValue, path, value is null ? $"The extension for {vocabulary.What} is missing; use one of {vocabulary.Allowed}." : vocabulary.Unknown(value));
        return null;
    }

    private void UnknownLinkId(string? linkId, ProblemLocation path, Checklist? checklist)
        => Error(
            ProblemCodes.UnknownItem,
            path,
            checklist is null
                ? $"The linkId '{linkId}' is not a question under this item; an item's questions are its target and its evidence."
                : $"The linkId '{linkId}' is not in the {framework!.Id} Questionnaire; its linkIds are theme and domain codes and item ids such as {checklist.Items[0].Id}.");
}
