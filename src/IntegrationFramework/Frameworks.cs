using IntegrationFramework.Checklists;
using IntegrationFramework.Collections;

namespace IntegrationFramework;

/// <summary>
/// The entry point to the built-in framework editions.
/// </summary>
/// <example>
/// <code>
/// Framework f = Frameworks.ShiftingTheCentreOfGravity2018;
/// ChecklistItem item = f.Checklist.Item("PCC.4");   // Integrated person-centred safeguarding arrangements.
/// Framework? g = Frameworks.Find("lga-position-paper");
/// </code>
/// </example>
public static class Frameworks
{
    /// <summary>
    /// "Shifting the centre of gravity" (2018): the integration checklist of 3 themes, 10 domains and 86 items, with
    /// the report's case examples, vision, shifts, key actions, levels of place-based working and accountability elements.
    /// Its id is <c>shifting-the-centre-of-gravity-2018</c>.
    /// </summary>
    public static ShiftingTheCentreOfGravity ShiftingTheCentreOfGravity2018 { get; } = new();

    /// <summary>
    /// The LGA position paper on integration: 23 characteristics of effective integration in five perspectives, the
    /// seven drivers and the eleven calls on the Government. Its id is <c>lga-position-paper</c>.
    /// </summary>
    public static LgaPositionPaper LgaPositionPaper { get; } = new();

    /// <summary>Every built-in edition: the 2018 report, then the LGA position paper.</summary>
    public static EquatableArray<Framework> All { get; } = [ShiftingTheCentreOfGravity2018, LgaPositionPaper];

    /// <summary>The edition with identifier <paramref name="id"/>, or <see langword="null"/> when there is none.</summary>
    /// <param name="id">An edition identifier, such as <c>shifting-the-centre-of-gravity-2018</c>; exact and case-sensitive.</param>
    /// <returns>The edition, or <see langword="null"/>.</returns>
    public static Framework? Find(string? id)
    {
        foreach (var framework in All)
        {
            if (framework.Id == id)
            {
                return framework;
            }
        }

        return null;
    }
}
