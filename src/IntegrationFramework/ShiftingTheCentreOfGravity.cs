using IntegrationFramework.Checklists;
using IntegrationFramework.Collections;
using IntegrationFramework.Data.Report2018;
using IntegrationFramework.Geography;
using IntegrationFramework.Governance;
using IntegrationFramework.Guards;
using IntegrationFramework.Vision;

namespace IntegrationFramework;

/// <summary>
/// "Shifting the centre of gravity" (2018), the joint report of ADASS, ADPH, the LGA, NHS Clinical Commissioners,
/// the NHS Confederation and NHS Providers: its integration checklist (section 5) and everything else it sets out
/// that the library's rules draw on.
/// </summary>
/// <remarks>
/// How the checklist's 86 items are counted: section 5 prints 85 bullets. GOV.5 ("The training and support needs of
/// individuals and organisations involved in governance arrangements …", p. 38) is a free-standing sentence after
/// governance's four bullets, and PBS.7 ("New models, systems and services are evaluated, and learning shared.", p. 39)
/// is a bullet printed after the last bullet of COM, the next domain, where the two-column layout put it. The
/// project's outline counts each where its sense places it, which gives 86; the layout leaves a doubt only there.
/// </remarks>
/// <remarks>Reach the single instance through <see cref="Frameworks.ShiftingTheCentreOfGravity2018"/>.</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "An edition\'s data belongs to the edition, and reading it from the data classes on first use keeps it from being built when a command needs only the checklist.")]
public sealed class ShiftingTheCentreOfGravity : Framework
{
    private readonly Lazy<EquatableArray<GovernanceRule>> governanceRules;

    internal ShiftingTheCentreOfGravity()
        : base("shifting-the-centre-of-gravity-2018", "1.0.0", Data.Documents.Report2018, ChecklistData.Create(), CaseExampleData.All)
    {
        governanceRules = new(() => GovernanceRuleData.Create(AccountabilityElements, PlaceBasedPrinciples));
    }

    /// <summary>The four headlines of the report's vision (section 2).</summary>
    public EquatableArray<VisionOutcome> Vision => VisionData.Outcomes;

    /// <summary>The seven shifts that need to be made to deliver effective transformation (section 1).</summary>
    public EquatableArray<Shift> Shifts => VisionData.Shifts;

    /// <summary>The key actions for national leaders, national membership organisations and local partners (section 3).</summary>
    public EquatableArray<KeyAction> KeyActions => VisionData.KeyActions;

    /// <summary>The three levels of prevention, with the report's examples (section 4).</summary>
    public EquatableArray<PreventionLevel> PreventionLevels => VisionData.PreventionLevels;

    /// <summary>
    /// The three levels of place-based working: system, place and neighbourhood (section 4). The report says the split
    /// of functions between them is still being worked out: "Work on the NHS long-term plan is developing greater
    /// understanding about the levels … and which functions, services and decisions are best carried out at each" (p. 29).
    /// </summary>
    public EquatableArray<LevelDescription> Levels => PlaceData.Levels;

    /// <summary>
    /// The functions placed at each level: by the report, including the ambulance and specialised services that it says
    /// "will generally be commissioned across an even larger geographical footprint" (p. 29), and by the LGA paper, the
    /// joint strategic needs assessment and the joint health and wellbeing strategy of health and wellbeing boards
    /// (each function's <see cref="Function.Source"/> says which). Which functions belong at each level is, in the
    /// report's words, still being worked out (p. 29).
    /// </summary>
    public EquatableArray<Function> Functions => PlaceData.Functions;

    /// <summary>The principles to consider in developing place-based systems (section 4).</summary>
    public EquatableArray<PlaceBasedPrinciple> PlaceBasedPrinciples => PlaceData.Principles;

    /// <summary>The five elements arrangements for accountability should include (section 4).</summary>
    public EquatableArray<AccountabilityElement> AccountabilityElements => GovernanceData.AccountabilityElements;

    /// <summary>
    /// The rules a partnership's governance arrangement is checked against (<see cref="GovernanceReview.Of"/>), each
    /// citing the passage it rests on: ACC-1 to ACC-5 (the accountability elements), SUB-1 and SUB-2 (subsidiarity),
    /// PLACE-1 and PLACE-2 (place-based principles) and BUDGET-1 to BUDGET-4 (sharing budgets), in that order.
    /// </summary>
    public EquatableArray<GovernanceRule> GovernanceRules => governanceRules.Value;

    /// <summary>The function with identifier <paramref name="id"/>, for placing it in a governance arrangement.</summary>
    /// <param name="id">A function identifier, such as <c>multidisciplinary-teams</c>.</param>
    /// <returns>The function.</returns>
    /// <exception cref="KeyNotFoundException">The report places no function with that id; the message lists those it does.</exception>
    public Function Function(string id)
    {
        foreach (var function in Functions)
        {
            if (function.Id == id)
            {
                return function;
            }
        }

        throw new KeyNotFoundException($"'{id}' is not a function placed at a level; use one of {string.Join(", ", Functions.Select(f => f.Id))}.");
    }

    /// <summary>What the report says of <paramref name="level"/>.</summary>
    /// <param name="level">A level of place-based working.</param>
    /// <returns>The report's description of the level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a member of <see cref="Level"/>.</exception>
    public LevelDescription Describe(Level level)
    {
        Preconditions.Defined(level);
        foreach (var description in Levels)
        {
            if (description.Level == level)
            {
                return description;
            }
        }

        throw new InvalidOperationException($"The report describes no level {level}.");
    }
}
