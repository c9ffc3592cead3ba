using IntegrationFramework.Checklists;
using IntegrationFramework.Guards;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Intake;

/// <summary>Edition files: checklists of one's own, read into the catalogue the rest of the files are read with.</summary>
public sealed partial class FileIntake
{
    /// <summary>
    /// Reads edition files (<see cref="CatalogueJson"/>) into a catalogue: the editions of <see cref="ReadOptions.Frameworks"/>
    /// followed by each file's, in order, so that an edition may derive from a built-in one or from one in an earlier file.
    /// An edition a file repeats, with the same id and checklist, is read once.
    /// </summary>
    /// <param name="files">The edition files, in the order to read them.</param>
    /// <returns>
    /// The catalogue, which <see cref="With(ReadOptions)"/> (with <c>Options with { Frameworks = catalogue }</c>) makes the
    /// one the partners' files are read with; or every file's problems, each in its file.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="files"/> or one of them is null.</exception>
    /// <example>
    /// <code>
    /// var editions = FileIntake.Default.ReadEditions([new InputFile("our-place-2026.json", File.ReadAllBytes("our-place-2026.json"))]);
    /// var intake = FileIntake.Default.With(FileIntake.Default.Options with { Frameworks = editions.Value! });
    /// </code>
    /// </example>
    public ReadResult<FrameworkCatalogue> ReadEditions(IEnumerable<InputFile> files)
    {
        var catalogue = Options.Frameworks;
        var problems = new List<Problem>();
        foreach (var file in Preconditions.NotNull(files))
        {
            Preconditions.NotNull(file);
            var read = CatalogueJson.Read(file.Bytes.Span, Options with { Frameworks = catalogue });
            problems.AddRange(read.Problems.Select(p => p.Location.File is null ? p.InFile(file.Name) : p));
            var added = (read.Value ?? []).Where(f => catalogue.Find(f.Id) is null).ToList();
            if (added.Count > 0)
            {
                catalogue = new FrameworkCatalogue([.. catalogue.All, .. added]);
            }
        }

        return ReadResult.HasError([.. problems]) ? ReadResult.Failure<FrameworkCatalogue>([.. problems]) : ReadResult.Success(catalogue, [.. problems]);
    }
}
