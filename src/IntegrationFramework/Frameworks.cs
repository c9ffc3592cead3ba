using IntegrationFramework.Checklists;
using IntegrationFramework.Collections;

namespace IntegrationFramework;

/// <summary>
/// The entry point to the built-in framework editions. Look a framework up here once, where an id comes in (a file, a
/// command line, a request); pass the <see cref="Framework"/> on from there.
/// </summary>
/// <example>
/// <code>
/// Framework f = Frameworks.ShiftingTheCentreOfGravity2018;
/// ChecklistItem item = f.Checklist.Item("PCC.4");   // Integrated person-centred safeguarding arrangements.
/// Framework? g = Frameworks.Find("lga-position-paper");
/// Framework h = Frameworks.Get("no-such-edition"); // throws UnknownFrameworkException, naming the known ids
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

    /// <summary>The built-in editions as a catalogue: what readers resolve a file's framework against unless told otherwise.</summary>
    public static FrameworkCatalogue BuiltIn { get; } = new([ShiftingTheCentreOfGravity2018, LgaPositionPaper]);

    /// <summary>Every built-in edition: the 2018 report, then the LGA position paper.</summary>
    public static EquatableArray<Framework> All => BuiltIn.All;

    /// <summary>The edition with identifier <paramref name="id"/>, or <see langword="null"/> when there is none.</summary>
    /// <param name="id">An edition identifier, such as <c>shifting-the-centre-of-gravity-2018</c>; exact and case-sensitive.</param>
    /// <returns>The edition, or <see langword="null"/>.</returns>
    public static Framework? Find(string? id) => BuiltIn.Find(id);

    /// <summary>The edition with identifier <paramref name="id"/>.</summary>
    /// <param name="id">An edition identifier, such as <c>shifting-the-centre-of-gravity-2018</c>; exact and case-sensitive.</param>
    /// <returns>The edition.</returns>
    /// <exception cref="UnknownFrameworkException">No built-in edition has that id; the message names the known ids.</exception>
    public static Framework Get(string? id) => BuiltIn.Get(id);
}
