using static IntegrationFramework.Workbooks.Tests.TestSupport.Programs;

namespace IntegrationFramework.Workbooks.Tests.TestSupport;

/// <summary>
/// Returns made by LibreOffice Calc itself, once for the whole run (one Calc for all): ratings typed into templates
/// through Calc's own API, each saved as .ods (Calc's own format) and as .xlsx.
/// </summary>
internal static class CalcReturns
{
    /// <summary>What the VCSE partners type into their blank template: labels in odd case, a number, evidence with a line break, doubled and trailing spaces and XML's special characters, and evidence alone on a row not yet rated.</summary>
    public static readonly Typed[] Typing =
    [
        new("TRA", "TRA.1", "In place", "Embedded", "Board minutes, March\nand  the plan, signed off "),
        new("TRA", "TRA.2", ProgressNumber: 3),
        new("PCC", "PCC.4", " UNDER development "),
        new("PCC", "PCC.6", "planned", "In place", "Action plan <draft> & 'notes'"),
        new("INF", "INF.5", "Not applicable"),
        new("INF", "INF.1", Evidence: "Waiting for the data team"),
    ];

    private static readonly Lazy<(byte[] Ods, byte[] Xlsx)[]> Saved = new(() => TypeInCalcAndSave(
        (AssessorWorkbook.ToBytes(Samples.BlankCroydon, "vcse"), Typing),
        (AssessorWorkbook.ToBytes(Samples.Croydon, "council"), [new("PCC", "PCC.5", "half done")]),
        (AssessorWorkbook.ToBytes(Samples.Croydon, "icb"), []),
        (AssessorWorkbook.ToBytes(Samples.Croydon, "council"), []),
        (AssessorWorkbook.ToBytes(Samples.Croydon, "trust"), []),
        (AssessorWorkbook.ToBytes(Samples.Croydon, "vcse"), []),
        (AssessorWorkbook.ToBytes(Samples.Croydon, "people"), [])));

    /// <summary>The VCSE partners' blank template with <see cref="Typing"/> typed in Calc, saved as .ods and as .xlsx.</summary>
    public static (byte[] Ods, byte[] Xlsx) Typed => Saved.Value[0];

    /// <summary>The council's workbook, filled from Croydon's assessment, with 'half done' typed as PCC.5's progress (PCC!C7).</summary>
    public static (byte[] Ods, byte[] Xlsx) HalfDone => Saved.Value[1];

    /// <summary>The ICB's workbook, filled from Croydon's assessment, opened in Calc and saved with nothing typed.</summary>
    public static (byte[] Ods, byte[] Xlsx) Untouched => Saved.Value[2];

    /// <summary>Every Croydon partner's workbook, filled from Croydon's assessment, opened in Calc and saved as .ods with nothing typed: the ICB's and then the council's, the trust's, the VCSE's and the people's.</summary>
    public static IEnumerable<(string Assessor, byte[] Ods)> EveryCroydonPartner
        => ((string[])["icb", "council", "trust", "vcse", "people"]).Select((assessor, i) => (assessor, Saved.Value[2 + i].Ods));
}
