using IntegrationFramework.Collections;
using IntegrationFramework.Guards;
using IntegrationFramework.Problems;

namespace IntegrationFramework.Checklists;

/// <summary>
/// The frameworks a program knows, by id: what a reader resolves a file's <c>framework</c> against. The built-in
/// editions are <see cref="Frameworks.BuiltIn"/>; an app team that scores an edition of its own builds a catalogue that
/// holds it and passes it to the readers (<c>ReadOptions.Frameworks</c>).
/// </summary>
/// <remarks>Immutable and safe to share across threads.</remarks>
/// <example>
/// <code>
/// var catalogue = new FrameworkCatalogue([ourEdition, .. Frameworks.All]);
/// ReadResult&lt;Assessment&gt; read = AssessmentJson.Read(bytes, new ReadOptions { Frameworks = catalogue });
/// </code>
/// </example>
public sealed class FrameworkCatalogue
{
    /// <summary>Creates a catalogue of <paramref name="frameworks"/>.</summary>
    /// <param name="frameworks">The frameworks, each with an id of its own; at least one.</param>
    /// <exception cref="ArgumentException">The list is empty, holds null, or two frameworks share an id.</exception>
    public FrameworkCatalogue(EquatableArray<Framework> frameworks)
    {
        if (Preconditions.NoNulls(frameworks).IsEmpty)
        {
            throw new ArgumentException("A catalogue needs at least one framework.", nameof(frameworks));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var framework in frameworks)
        {
            if (!ids.Add(framework.Id))
            {
                throw new ArgumentException($"Each framework of a catalogue needs its own id; '{framework.Id}' appears twice.", nameof(frameworks));
            }
        }

        All = frameworks;
        Ids = string.Join(", ", frameworks.Select(f => f.Id));
    }

    /// <summary>The frameworks, in the order given.</summary>
    public EquatableArray<Framework> All { get; }

    /// <summary>The ids of the frameworks, comma-separated, in the order given: what a message lists.</summary>
    public string Ids { get; }

    /// <summary>The framework with identifier <paramref name="id"/>, or <see langword="null"/> when there is none.</summary>
    /// <param name="id">A framework identifier; exact and case-sensitive.</param>
    /// <returns>The framework, or <see langword="null"/>.</returns>
    public Framework? Find(string? id)
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

    /// <summary>The framework with identifier <paramref name="id"/>.</summary>
    /// <param name="id">A framework identifier; exact and case-sensitive.</param>
    /// <returns>The framework.</returns>
    /// <exception cref="UnknownFrameworkException">No framework of the catalogue has that id.</exception>
    public Framework Get(string? id) => Find(id) ?? throw new UnknownFrameworkException(id, this);

    /// <summary>What every part of the library says of an id the catalogue does not hold.</summary>
    /// <param name="id">The id that was given.</param>
    /// <returns>For example <c>The framework 'x' is not known; use one of shifting-the-centre-of-gravity-2018, lga-position-paper.</c></returns>
    public string Unknown(string? id) => $"The framework '{id}' is not known; use one of {Ids}.";

    /// <summary>The problem a reader reports for an id the catalogue does not hold.</summary>
    /// <param name="id">The id the file gives.</param>
    /// <param name="location">Where the file gives it, such as <c>$.framework</c>.</param>
    /// <returns>A problem with code <see cref="ProblemCodes.UnknownFramework"/>.</returns>
    public Problem UnknownProblem(string? id, ProblemLocation location) => new(ProblemCodes.UnknownFramework, location, Unknown(id));

    /// <summary>The ids of the frameworks.</summary>
    /// <returns>For example <c>shifting-the-centre-of-gravity-2018, lga-position-paper</c>.</returns>
    public override string ToString() => Ids;
}
