using IntegrationFramework.Sources;

namespace IntegrationFramework.Data;

/// <summary>Builds source references, with the section headings of the two documents spelled once.</summary>
internal static class Sources
{
    internal const string Foreword = "Foreword";
    internal const string ExecutiveSummary = "Executive summary";
    internal const string KeyFindings = "Executive summary › The review’s key findings";
    internal const string Introduction = "1 Introduction";
    internal const string OurVision = "2 Our vision";
    internal const string KeyActions = "3 Making the vision a reality – key actions for partners";
    internal const string KeyThemes = "4 Key themes identified in the review";
    internal const string IntegrationChecklist = "5 Integration checklist";

    internal const string PersonCentredCare = KeyThemes + " › Shared outcomes › Outcome-based, person-centred care in community settings – what ‘good’ looks like";
    internal const string Prevention = KeyThemes + " › Shared outcomes › Preventing poor health and tackling health inequalities – what ‘good’ looks like";
    internal const string Transformation = KeyThemes + " › Shared outcomes › Supporting transformation";
    internal const string Culture = KeyThemes + " › Shared leadership and accountability › Collaborative culture";
    internal const string Leadership = KeyThemes + " › Shared leadership and accountability › Leadership";
    internal const string Accountability = KeyThemes + " › Shared leadership and accountability › Accountability";
    internal const string Workforce = KeyThemes + " › Shared leadership and accountability › Workforce";
    internal const string PlaceBasedSystems = KeyThemes + " › Shared systems › Shaping place-based systems and new care models";
    internal const string Commissioning = KeyThemes + " › Shared systems › Integrated commissioning";
    internal const string Funding = KeyThemes + " › Shared systems › Funding and resources";
    internal const string Information = KeyThemes + " › Shared systems › Information sharing and information technology";

    internal const string LgaIntroduction = "Introduction - What is the purpose of integration?";
    internal const string LgaCharacteristics = "What can we achieve through effective integration?";
    internal const string LgaDrivers = "What are the most effective drivers of integration?";
    internal const string LgaGovernment = "What can the Government do to support integration?";

    /// <summary>A reference into the 2018 report, which is paginated.</summary>
    internal static SourceReference Report(string section, int page) => new(Documents.Report2018, section, page);

    /// <summary>A reference into the LGA position paper, which has no page numbers.</summary>
    internal static SourceReference Lga(string section) => new(Documents.LgaPaper, section);
}
