using System.Text.Json;
using IntegrationFramework.Checklists;
using IntegrationFramework.Guards;
using IntegrationFramework.Serialization.Documents;

namespace IntegrationFramework.Serialization;

/// <summary>
/// The catalogue as JSON: each framework's id, version, title and source, and its themes, domains and items, each
/// item with the section and page it comes from. What <c>ifw catalogue --format json</c> writes and a service can serve.
/// </summary>
/// <example>
/// <code>
/// string json = CatalogueJson.Serialize(Frameworks.All);
/// // { "frameworks": [ { "id": "shifting-the-centre-of-gravity-2018", "version": "1.0.0", …, "themes": [ … ] } ] }
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

    private static CatalogueDocument Write(IEnumerable<Framework> frameworks) => new()
    {
        Frameworks = [.. Preconditions.NotNull(frameworks).Select(framework => Write(Preconditions.NotNull(framework)))],
    };

    private static CatalogueFrameworkDocument Write(Framework framework) => new()
    {
        Id = framework.Id,
        Version = framework.Version,
        Title = framework.Title,
        Source = framework.Document.ToString(),
        Themes =
        [
            .. framework.Checklist.Themes.Select(theme => new CatalogueThemeDocument
            {
                Code = theme.Code,
                Name = theme.Name,
                Domains =
                [
                    .. theme.Domains.Select(domain => new CatalogueDomainDocument
                    {
                        Code = domain.Code,
                        Name = domain.Name,
                        Headline = domain.Headline,
                        Items = [.. domain.Items.Select(item => new CatalogueItemDocument { Id = item.Id, Text = item.Text, Section = item.Source.Section, Page = item.Source.Page })],
                    }),
                ],
            }),
        ],
    };
}
