using IntegrationFramework.Sources;

namespace IntegrationFramework.Data;

/// <summary>The two documents this library transcribes, as their title pages give them.</summary>
internal static class Documents
{
    /// <summary>
    /// The joint LGA, ADASS, ADPH, NHS Clinical Commissioners, NHS Confederation and NHS Providers report of 2018,
    /// whose section 5 is the integration checklist.
    /// </summary>
    public static readonly SourceDocument Report2018 = new(
        "shifting-the-centre-of-gravity-2018",
        "Shifting the centre of gravity",
        "Association of Directors of Adult Social Services, Association of Directors of Public Health, Local Government Association, NHS Clinical Commissioners, NHS Confederation and NHS Providers",
        2018);

    /// <summary>
    /// The Local Government Association's position paper on integration. The paper is undated; it was written while
    /// the Health and Care Bill was before Parliament, "almost six years" after the 2016 shared vision.
    /// </summary>
    public static readonly SourceDocument LgaPaper = new(
        "lga-position-paper",
        "LGA position paper on Integration",
        "Local Government Association",
        null);
}
