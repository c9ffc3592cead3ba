using System.Text;
using System.Text.Json;
using IntegrationFramework.Checklists;
using IntegrationFramework.Collections;
using IntegrationFramework.Guards;
using IntegrationFramework.Problems;
using IntegrationFramework.Serialization.Documents;

namespace IntegrationFramework.Serialization;

/// <summary>
/// The catalogue as JSON, which is also the edition file: each framework's id, version, title and source, the edition it
/// derives from, and its themes, domains and items, each with the section and page it comes from and, in a derived
/// edition, the earlier item it continues. What <c>ifw catalogue --format json</c> writes, a service serves, and
/// <c>--framework-file</c> reads back (DESIGN.md, "Edition files"; <c>schemas/framework.schema.json</c>).
/// </summary>
/// <example>
/// <code>
/// string json = CatalogueJson.Serialize(Frameworks.All);
/// // { "frameworks": [ { "id": "shifting-the-centre-of-gravity-2018", "version": "1.0.0", …, "themes": [ … ] } ] }
/// ReadResult&lt;IReadOnlyList&lt;Framework&gt;&gt; read = CatalogueJson.Read(File.ReadAllBytes("our-edition.json"));
/// // A file may hold a built-in edition written out, which reads back as that edition: add only the new ones
/// // (FileIntake.ReadEditions does this, file after file).
/// var catalogue = new FrameworkCatalogue([.. Frameworks.All, .. (read.Value ?? []).Where(f => Frameworks.Find(f.Id) is null)]);
/// </code>
/// </example>
public static class CatalogueJson
{
    /// <summary>Writes the catalogue of <paramref name="frameworks"/> as indented JSON.</summary>
    /// <param name="frameworks">The frameworks, in the order to list them.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="frameworks"/> or one of them is null.</exception>
    public static string Serialize(IEnumerable<Framework> frameworks)
        => JsonSerializer.Serialize(Write(frameworks), IntegrationFrameworkJsonContext.Writing.CatalogueDocument);

    /// <summary>Writes the catalogue of <paramref name="frameworks"/> as indented UTF-8 JSON.</summary>
    /// <param name="frameworks">The frameworks, in the order to list them.</param>
    /// <returns>The JSON bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="frameworks"/> or one of them is null.</exception>
    public static byte[] SerializeToUtf8Bytes(IEnumerable<Framework> frameworks)
        => JsonSerializer.SerializeToUtf8Bytes(Write(frameworks), IntegrationFrameworkJsonContext.Writing.CatalogueDocument);

    /// <summary>
    /// Reads an edition file: a catalogue of one or more editions, or one edition's object at the root. Never throws on
    /// bad input: every problem of the file comes back with its JSON path.
    /// </summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <param name="options">
    /// Limits, and the catalogue in use (<see cref="ReadOptions.Frameworks"/>): what an edition may derive from, and
    /// whose ids it may not take for other content. An edition whose id and checklist are those of one the catalogue
    /// holds is that one (so a built-in edition written out reads back as itself). <see cref="ReadOptions.Default"/>
    /// when <see langword="null"/>.
    /// </param>
    /// <returns>The file's editions, in its order, or the problems that prevent them, and any warnings.</returns>
    public static ReadResult<IReadOnlyList<Framework>> Read(ReadOnlySpan<byte> utf8Json, ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        if (utf8Json.Length > options.MaxBytes)
        {
            return ReadResult.Failure<IReadOnlyList<Framework>>([options.TooLarge(utf8Json.Length)]);
        }

        var text = DecodedText.From(utf8Json, "an edition file is a JSON object, as the catalogue is written in JSON");
        if (!text.Ok)
        {
            return ReadResult.Failure<IReadOnlyList<Framework>>([text.Problem!]);
        }

        var kind = FileKinds.OfText(text.Utf8);
        if (kind is not (FileKind.Catalogue or FileKind.OtherJson))
        {
            return ReadResult.Failure<IReadOnlyList<Framework>>([FileKinds.WrongKind(kind, "an edition file", "an edition file is a JSON object with 'frameworks', as the catalogue is written in JSON, or one edition's id, version, title, source and themes.")]);
        }

        EquatableArray<Problem> warnings = text.Warning is { } warning ? [warning] : [];
        CatalogueDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(text.Utf8, IntegrationFrameworkJsonContext.Default.CatalogueDocument);
        }
        catch (JsonException exception)
        {
            // The fast reader stops at the first value it cannot take; the diagnostic pass finds them all.
            return JsonDiagnostics.Read(text.Utf8, Shape, "an edition file", exception, IntegrationFrameworkJsonContext.Default.CatalogueDocument, d => new EditionReader(options).Read(d)).After(warnings);
        }

        var result = document is null
            ? ReadResult.Failure<IReadOnlyList<Framework>>([new Problem(ProblemCodes.WrongType, "$", "The file holds null; an edition file is a JSON object.")])
            : new EditionReader(options).Read(document);
        return warnings.IsEmpty ? result : result.After(warnings);
    }

    /// <summary>Reads an edition file from a JSON string; see <see cref="Read(ReadOnlySpan{byte}, ReadOptions?)"/>.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="options">Limits and the catalogue in use; <see cref="ReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The file's editions, or the problems that prevent them, and any warnings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ReadResult<IReadOnlyList<Framework>> Parse(string json, ReadOptions? options = null)
        => Read(Encoding.UTF8.GetBytes(Preconditions.NotNull(json)), options);

    private static readonly JsonShape Reference = JsonShape.Object(("section", JsonShape.Text), ("page", JsonShape.Any));

    /// <summary>An edition's properties, at the root of a file of one edition or in each of a catalogue's.</summary>
    private static readonly (string Name, JsonShape Shape)[] EditionProperties =
    [
        ("id", JsonShape.Text),
        ("version", JsonShape.Text),
        ("title", JsonShape.Text),
        ("source", JsonShape.Any),
        ("derivedFrom", JsonShape.Object(("id", JsonShape.Text), ("version", JsonShape.Text))),
        ("themes", JsonShape.Array(JsonShape.Object(
            ("code", JsonShape.Text), ("name", JsonShape.Text), ("section", JsonShape.Text), ("page", JsonShape.Any),
            ("domains", JsonShape.Array(JsonShape.Object(
                ("code", JsonShape.Text), ("name", JsonShape.Text), ("headline", JsonShape.Text), ("section", JsonShape.Text), ("page", JsonShape.Any), ("guidance", Reference),
                ("items", JsonShape.Array(JsonShape.Object(("id", JsonShape.Text), ("text", JsonShape.Text), ("section", JsonShape.Text), ("page", JsonShape.Any), ("sameAs", JsonShape.Any)))))))))),
    ];

    /// <summary>The shape of an edition file, for the diagnostic pass: a catalogue of editions, or one at the root.</summary>
    internal static readonly JsonShape Shape = JsonShape.Object([("frameworks", JsonShape.Array(JsonShape.Object(EditionProperties))), .. EditionProperties]);

    private static CatalogueDocument Write(IEnumerable<Framework> frameworks) => new()
    {
        Frameworks = [.. Preconditions.NotNull(frameworks).Select(framework => Write(Preconditions.NotNull(framework)))],
    };

    private static readonly JsonElement Null = JsonDocument.Parse("null").RootElement.Clone();

    private static CatalogueFrameworkDocument Write(Framework framework) => new()
    {
        Id = framework.Id,
        Version = framework.Version,
        Title = framework.Title,
        Source = new CatalogueSourceDocument
        {
            Title = framework.Document.Title,
            Publisher = framework.Document.Publishers,
            Year = framework.Document.Year,
            Url = framework.Document.Url?.AbsoluteUri,
        },
        DerivedFrom = framework.DerivedFrom is { } derivedFrom ? new CatalogueDerivationDocument { Id = derivedFrom.Id, Version = derivedFrom.Version } : null,
        Themes =
        [
            .. framework.Checklist.Themes.Select(theme => new CatalogueThemeDocument
            {
                Code = theme.Code,
                Name = theme.Name,
                Section = theme.Source.Section,
                Page = theme.Source.Page,
                Domains =
                [
                    .. theme.Domains.Select(domain => new CatalogueDomainDocument
                    {
                        Code = domain.Code,
                        Name = domain.Name,
                        Headline = domain.Headline,
                        Section = domain.Source.Section,
                        Page = domain.Source.Page,
                        Guidance = domain.Guidance is { } guidance ? new CatalogueReferenceDocument { Section = guidance.Section, Page = guidance.Page } : null,
                        Items = [.. domain.Items.Select(item => Write(item, framework.DerivedFrom))],
                    }),
                ],
            }),
        ],
    };

    private static CatalogueItemDocument Write(ChecklistItem item, Derivation? derivedFrom)
    {
        var written = new CatalogueItemDocument { Id = item.Id, Text = item.Text, Section = item.Source.Section, Page = item.Source.Page };
        if (derivedFrom is not null && derivedFrom.SameAs.TryGetValue(item.Id, out var earlier))
        {
            written.SameAs = earlier is null ? Null : earlier;
        }

        return written;
    }
}
