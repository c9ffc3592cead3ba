using IntegrationFramework.Checklists;
using IntegrationFramework.Collections;
using IntegrationFramework.Data.LgaPaper;
using IntegrationFramework.Vision;

namespace IntegrationFramework;

/// <summary>
/// The LGA position paper on integration: its characteristics of effective integration for five perspectives
/// (assessable like checklist items), the seven most effective drivers of integration and its eleven calls on the
/// Government, with a cross-walk to the domains of the 2018 checklist.
/// </summary>
/// <remarks>
/// The checklist has one theme, <c>CHARACTERISTICS</c>, whose domains are the perspectives <c>IND</c>,
/// <c>COMMUNITY</c>, <c>PROVIDERS</c>, <c>BOARDS</c> and <c>NATIONAL</c>. Reach the single instance through
/// <see cref="Frameworks.LgaPositionPaper"/>.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "An edition\'s data belongs to the edition, and reading it from the data classes on first use keeps it from being built when a command needs only the checklist.")]
public sealed class LgaPositionPaper : Framework
{
    internal LgaPositionPaper()
        : base("lga-position-paper", "1.0.0", Data.Documents.LgaPaper, LgaData.CreateChecklist(), LgaData.CaseExamples)
    {
    }

    /// <summary>The seven most effective drivers of integration, in the paper's order.</summary>
    public EquatableArray<Driver> Drivers => LgaData.Drivers;

    /// <summary>The eleven things the paper calls on the Government to do, in the paper's order.</summary>
    public EquatableArray<CallOnGovernment> CallsOnGovernment => LgaData.CallsOnGovernment;

    /// <summary>
    /// For each characteristic (checklist item) and each driver, the domains of the 2018 checklist
    /// (<see cref="Frameworks.ShiftingTheCentreOfGravity2018"/>) that cover the same ground. This is the library's
    /// editorial mapping; neither document states it.
    /// </summary>
    public EquatableArray<CrossWalkEntry> CrossWalk => LgaData.CrossWalk;

    /// <summary>The 2018 checklist domains that correspond to a characteristic or driver.</summary>
    /// <param name="id">A characteristic's item identifier, such as <c>IND.2</c>, or a driver's, such as <c>DRV.4</c>.</param>
    /// <returns>The corresponding domains of the 2018 checklist, in its order.</returns>
    /// <exception cref="KeyNotFoundException">No characteristic or driver has the identifier.</exception>
    public EquatableArray<Domain> CorrespondingDomains(string id)
    {
        foreach (var entry in CrossWalk)
        {
            if (entry.From == id)
            {
                var checklist = Frameworks.ShiftingTheCentreOfGravity2018.Checklist;
                return entry.ToDomains.Select(checklist.Domain).ToEquatableArray();
            }
        }

        throw new KeyNotFoundException(
            $"The cross-walk has no entry '{id}'. Use a characteristic such as {Checklist.Items[0].Id} or a driver such as {Drivers[0].Id}.");
    }
}
