using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using IntegrationFramework.Checklists;

namespace IntegrationFramework.Cli.Commands;

/// <summary><c>ifw catalogue</c>: lists themes, domains and items, with where each comes from.</summary>
internal static class CatalogueCommand
{
    public static Command Create(Terminal terminal)
    {
        var framework = Choices.Framework("List only this framework: shifting-the-centre-of-gravity-2018 or lga-position-paper. Both when left out.");
        var format = Choices.Format("text", "text", "json", "markdown");
        var output = Choices.Output();
        var command = new Command("catalogue", "List the frameworks' themes, domains and items, each with its source.") { framework, format, output };
        command.SetAction(parse =>
        {
            IReadOnlyList<Framework> frameworks = [.. Frameworks.All];
            if (parse.GetValue(framework) is { } id)
            {
                if (Choices.FindFramework(terminal, id) is not { } found)
                {
                    return Ifw.BadInput;
                }

                frameworks = [found];
            }

            terminal.Write(parse.GetValue(output), parse.GetValue(format) switch
            {
                "json" => Json(frameworks),
                "markdown" => Markdown(frameworks),
                _ => Text(frameworks),
            });
            return Ifw.Done;
        });
        return command;
    }

    private static string Text(IReadOnlyList<Framework> frameworks)
    {
        var text = new StringBuilder();
        foreach (var framework in frameworks)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{framework.Title} [{framework.Id} {framework.Version}]: {framework.Checklist}");
            foreach (var theme in framework.Checklist.Themes)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {theme.Code}  {theme.Name}");
                foreach (var domain in theme.Domains)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"    {domain.Code}  {domain.Name} ({domain.Items.Count} items)");
                    foreach (var item in domain.Items)
                    {
                        text.AppendLine(CultureInfo.InvariantCulture, $"      {item.Id,-13} {item.Text}{Page(item.Source)}");
                    }
                }
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"Source: {framework.Document}, {framework.Document.Publishers}.").AppendLine();
        }

        return text.ToString();
    }

    private static string Markdown(IReadOnlyList<Framework> frameworks)
    {
        var md = new StringBuilder();
        foreach (var framework in frameworks)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"# {framework.Title}").AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"`{framework.Id}` version {framework.Version}: {framework.Checklist}. Source: {framework.Document}, {framework.Document.Publishers}.").AppendLine();
            foreach (var theme in framework.Checklist.Themes)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"## {theme.Code} {theme.Name}").AppendLine();
                foreach (var domain in theme.Domains)
                {
                    md.AppendLine(CultureInfo.InvariantCulture, $"### {domain.Code} {domain.Name}").AppendLine();
                    if (domain.Headline is { } headline)
                    {
                        md.AppendLine(headline).AppendLine();
                    }

                    foreach (var item in domain.Items)
                    {
                        md.AppendLine(CultureInfo.InvariantCulture, $"- **{item.Id}** {item.Text}{Page(item.Source)}");
                    }

                    md.AppendLine();
                }
            }
        }

        return md.ToString();
    }

    private static string Json(IReadOnlyList<Framework> frameworks)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("frameworks");
            foreach (var framework in frameworks)
            {
                json.WriteStartObject();
                json.WriteString("id", framework.Id);
                json.WriteString("version", framework.Version);
                json.WriteString("title", framework.Title);
                json.WriteString("source", framework.Document.ToString());
                json.WriteStartArray("themes");
                foreach (var theme in framework.Checklist.Themes)
                {
                    json.WriteStartObject();
                    json.WriteString("code", theme.Code);
                    json.WriteString("name", theme.Name);
                    json.WriteStartArray("domains");
                    foreach (var domain in theme.Domains)
                    {
                        json.WriteStartObject();
                        json.WriteString("code", domain.Code);
                        json.WriteString("name", domain.Name);
                        if (domain.Headline is { } headline)
                        {
                            json.WriteString("headline", headline);
                        }

                        json.WriteStartArray("items");
                        foreach (var item in domain.Items)
                        {
                            json.WriteStartObject();
                            json.WriteString("id", item.Id);
                            json.WriteString("text", item.Text);
                            json.WriteString("section", item.Source.Section);
                            if (item.Source.Page is { } page)
                            {
                                json.WriteNumber("page", page);
                            }

                            json.WriteEndObject();
                        }

                        json.WriteEndArray();
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Page(SourceReference source) => source.Page is { } page ? $" (p. {page})" : string.Empty;
}
