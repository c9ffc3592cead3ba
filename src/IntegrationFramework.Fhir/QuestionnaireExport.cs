using Hl7.Fhir.Model;
using IntegrationFramework.Assessments;
using IntegrationFramework.Checklists;
using IntegrationFramework.Guards;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Fhir;

/// <summary>Exports a framework's checklist as a FHIR R4 Questionnaire that forms tools can render and collect.</summary>
/// <remarks>
/// The Questionnaire has a group per theme holding a group per domain, and a choice question per checklist item
/// (linkId = the item id, such as <c>PCC.4</c>) whose answer options are the five progress levels, each carrying the
/// <c>itemWeight</c> extension with its level, and "not applicable" without a weight. Under each item are two optional
/// questions: its target (<c>PCC.4.target</c>, the five levels) and its evidence (<c>PCC.4.evidence</c>, text). The
/// canonical URL is <see cref="FhirIdentifiers.QuestionnaireBase"/> and the framework's id, versioned by the
/// framework's <see cref="Framework.Version"/>.
/// </remarks>
public static class QuestionnaireExport
{
    /// <summary>The canonical URL of a framework's Questionnaire, without version.</summary>
    /// <param name="framework">The framework.</param>
    /// <returns>For example <c>urn:integrationframework:fhir:Questionnaire:lga-position-paper</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> is null.</exception>
    public static string CanonicalUrl(Framework framework) => FhirIdentifiers.QuestionnaireBase + Preconditions.NotNull(framework).Id;

    /// <summary>The versioned canonical reference a response to the framework's Questionnaire gives: <c>url|version</c>.</summary>
    /// <param name="framework">The framework.</param>
    /// <returns>For example <c>urn:integrationframework:fhir:Questionnaire:lga-position-paper|1.0.0</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> is null.</exception>
    public static string VersionedCanonical(Framework framework) => $"{CanonicalUrl(framework)}|{framework.Version}";

    /// <summary>Exports a framework's checklist as a Questionnaire.</summary>
    /// <param name="framework">The framework.</param>
    /// <returns>A new Questionnaire; change it freely.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="framework"/> is null.</exception>
    public static Questionnaire For(Framework framework)
    {
        Preconditions.NotNull(framework);
        return new Questionnaire
        {
            Url = CanonicalUrl(framework),
            Version = framework.Version,
            Name = string.Concat(framework.Id.Split(['-', '.', '_'], StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + part[1..])),
            Title = framework.Title,
            Status = PublicationStatus.Active,
            Publisher = framework.Document.Publishers,
            Description = $"The checklist of {framework.Document}: rate each item's progress, and optionally the target aimed for and the evidence. Source: {framework.Document}.",
            SubjectType = [ResourceType.Location],
            Item = [.. framework.Checklist.Themes.Select(Theme)],
        };
    }

    private static Questionnaire.ItemComponent Theme(Theme theme) => new()
    {
        LinkId = theme.Code,
        Text = theme.Name,
        Type = Questionnaire.QuestionnaireItemType.Group,
        Item = [.. theme.Domains.Select(Domain)],
    };

    private static Questionnaire.ItemComponent Domain(Domain domain) => new()
    {
        LinkId = domain.Code,
        Text = domain.Headline is null ? domain.Name : $"{domain.Name}. {domain.Headline}",
        Type = Questionnaire.QuestionnaireItemType.Group,
        Item = [.. domain.Items.Select(Item)],
    };

    private static Questionnaire.ItemComponent Item(ChecklistItem item) => new()
    {
        LinkId = item.Id,
        Prefix = item.Id,
        Text = item.Text,
        Type = Questionnaire.QuestionnaireItemType.Choice,
        Required = false,
        AnswerOption = [.. Vocabularies.Progress.Values.Select(Option)],
        Item =
        [
            new Questionnaire.ItemComponent
            {
                LinkId = item.Id + FhirIdentifiers.TargetSuffix,
                Text = "Target: the level the partnership aims for",
                Type = Questionnaire.QuestionnaireItemType.Choice,
                Required = false,
                AnswerOption = [.. Vocabularies.Target.Values.Select(Option)],
            },
            new Questionnaire.ItemComponent
            {
                LinkId = item.Id + FhirIdentifiers.EvidenceSuffix,
                Text = "Evidence",
                Type = Questionnaire.QuestionnaireItemType.Text,
                Required = false,
            },
        ],
    };

    private static Questionnaire.AnswerOptionComponent Option(Progress progress)
    {
        var option = new Questionnaire.AnswerOptionComponent { Value = ProgressCoding(progress) };
        if (progress.IsLevel())
        {
            option.Extension.Add(new Extension(FhirIdentifiers.ItemWeightExtension, new FhirDecimal(progress.Level())));
        }

        return option;
    }

    /// <summary>The coding of a progress value, with a display a person reads.</summary>
    internal static Coding ProgressCoding(Progress progress) => new(FhirIdentifiers.ProgressCodeSystem, progress.ToFileName(), progress switch
    {
        Progress.NotStarted => "Not started",
        Progress.Planned => "Planned",
        Progress.UnderDevelopment => "Under development",
        Progress.InPlace => "In place",
        Progress.Embedded => "Embedded: in place, evaluated and learning shared",
        _ => "Not applicable",
    });
}
