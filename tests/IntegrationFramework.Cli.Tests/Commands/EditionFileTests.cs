using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationFramework.Serialization;

namespace IntegrationFramework.Cli.Tests.Commands;

/// <summary>
/// A checklist of one's own, as an app team meets it: the sample local edition (the 2018 checklist with TRA.6 and INF.2
/// dropped and a three-item local domain LOC) through every command, with --framework-file.
/// </summary>
public sealed class EditionFileTests
{
    private static readonly string Data = Path.Combine(PeersCommandTests.FindRoot(), "samples", "data");
    private static readonly string Edition = Path.Combine(Data, "editions", "our-place-2026.json");
    private static readonly string Rotherham2025 = Path.Combine(Data, "rotherham-2025.json");

    /// <summary>The domains the local edition leaves as the 2018 checklist has them.</summary>
    private static readonly string[] Untouched = ["PCC", "PRV", "CUL", "LEA", "GOV", "WFD", "PBS", "COM"];

    [Fact]
    public void The_catalogue_lists_an_edition_from_a_file_beside_the_built_in_ones_and_writes_it_back()
    {
        var listed = Run.Ifw("catalogue", "--framework-file", Edition).Succeeded();
        var json = Run.Ifw("catalogue", "--framework-file", Edition, "--framework", "our-place-2026", "--format", "json").Succeeded();

        Assert.Contains("[our-place-2026 1.0.0]: 3 themes, 11 domains, 87 items", listed.Output, StringComparison.Ordinal);
        Assert.Contains("[shifting-the-centre-of-gravity-2018 1.0.0]", listed.Output, StringComparison.Ordinal);
        var read = CatalogueJson.Parse(json.Output);
        Assert.Empty(read.Problems);
        Assert.Equal(CatalogueJson.Read(File.ReadAllBytes(Edition)).Value!.Single().Checklist, read.Value!.Single().Checklist);
    }

    [Fact]
    public void A_folder_of_edition_files_is_read_too()
    {
        var run = Run.Ifw("catalogue", "--framework-file", Path.GetDirectoryName(Edition)!).Succeeded();

        Assert.Contains("[our-place-2026 1.0.0]", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_edition_file_stops_the_command_with_its_problem_at_its_path()
    {
        using var folder = new Folder();
        var broken = folder.Write("broken.json", File.ReadAllText(Edition).Replace("\"LOC.2\"", "\"LOC.1\"", StringComparison.Ordinal));

        var run = Run.Ifw("score", Rotherham2025, "--framework-file", broken).Refused();

        Assert.Equal([$"{broken}: $.frameworks[0].themes[0].domains[3].items[1].id: The edition has two items LOC.1; give each item an id of its own."], run.ErrorLines);
    }

    [Fact]
    public void An_edition_file_deriving_from_an_edition_not_yet_read_says_to_give_that_file_first()
    {
        using var folder = new Folder();
        var child = folder.Write("child.json", File.ReadAllText(Edition)
            .Replace("\"our-place-2026\"", "\"our-place-2027\"", StringComparison.Ordinal)
            .Replace("\"shifting-the-centre-of-gravity-2018\"", "\"our-place-2026\"", StringComparison.Ordinal));

        var alone = Run.Ifw("catalogue", "--framework-file", child).Refused();
        Run.Ifw("catalogue", "--framework-file", Edition, "--framework-file", child).Succeeded();

        Assert.Equal([$"{child}: $.frameworks[0].derivedFrom.id: The edition derives from 'our-place-2026', which is not known: the editions known are shifting-the-centre-of-gravity-2018, lga-position-paper; derive from one of them, or give the edition 'our-place-2026' before this one, in this file or in an edition file read first. Give the file of that edition first, with an earlier --framework-file."], alone.ErrorLines);
    }

    [Fact]
    public void Without_the_edition_file_a_file_on_it_is_refused_with_the_way_to_give_it()
    {
        using var folder = new Folder();
        var carried = Carried(folder);

        var run = Run.Ifw("score", carried).Refused();

        Assert.Equal([$"{carried}: $.framework: The framework 'our-place-2026' is not known; use one of shifting-the-centre-of-gravity-2018, lga-position-paper. An edition of your own comes in with --framework-file FILE."], run.ErrorLines);
    }

    [Fact]
    public void Last_years_ratings_are_carried_into_the_local_edition_and_untouched_domains_score_as_before()
    {
        using var folder = new Folder();
        var run = Run.Ifw("template", "--from", Rotherham2025, "--framework", "our-place-2026", "--framework-file", Edition, "--date", "2026-10-01", "-o", folder["carried.json"]).Succeeded();

        Assert.Contains("Carried into our-place-2026 1.0.0 from shifting-the-centre-of-gravity-2018 1.0.0: 3 new items (LOC.1, LOC.2, LOC.3), unrated; 2 dropped items (TRA.6, INF.2), their ratings and actions left behind.", run.Error, StringComparison.Ordinal);
        var before = Domains(Run.Ifw("score", Rotherham2025, "-f", "json").Succeeded().Output);
        var after = Domains(Run.Ifw("score", folder["carried.json"], "--framework-file", Edition, "-f", "json").Succeeded().Output);
        Assert.All(Untouched, code => Assert.Equal(before[code], after[code]));
        Assert.Null(after["LOC"]);
        Assert.NotEqual(before["TRA"], after["TRA"]);
        var carried = JsonDocument.Parse(File.ReadAllText(folder["carried.json"])).RootElement.GetProperty("ratings").EnumerateArray().ToList();
        Assert.DoesNotContain(carried, r => r.GetProperty("item").GetString() is "TRA.6" or "INF.2");
        Assert.All(carried.Where(r => r.GetProperty("item").GetString()!.StartsWith("LOC.", StringComparison.Ordinal)), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("progress").ValueKind));
    }

    [Fact]
    public void Ratings_are_not_carried_into_an_edition_that_does_not_derive_from_theirs()
    {
        var run = Run.Ifw("template", "--from", Rotherham2025, "--framework", "lga-position-paper", "-o", "-").Refused();

        Assert.Equal([$"ifw: --framework lga-position-paper does not derive from shifting-the-centre-of-gravity-2018 1.0.0, the framework of {Rotherham2025}, so its ratings cannot be carried into it; give an edition whose derivedFrom names shifting-the-centre-of-gravity-2018, or leave --framework out."], run.ErrorLines);
    }

    [Fact]
    public void Compare_across_editions_counts_new_and_dropped_items_and_reads_no_band_where_the_checklist_changed()
    {
        using var folder = new Folder();
        var carried = Carried(folder);

        var json = JsonDocument.Parse(Run.Ifw("compare", Rotherham2025, carried, "--framework-file", Edition, "-f", "json").Succeeded().Output).RootElement;
        var text = Run.Ifw("compare", Rotherham2025, carried, "--framework-file", Edition).Succeeded().Output;

        Assert.Equal("shifting-the-centre-of-gravity-2018", json.GetProperty("earlierFramework").GetString());
        Assert.Equal("our-place-2026", json.GetProperty("framework").GetString());
        var domains = json.GetProperty("domains").EnumerateArray().ToDictionary(d => d.GetProperty("code").GetString()!);
        Assert.Equal(1, domains["TRA"].GetProperty("droppedItems").GetInt32());
        Assert.False(domains["TRA"].TryGetProperty("band", out _));
        Assert.True(domains["PCC"].TryGetProperty("band", out _));
        Assert.False(domains["PCC"].TryGetProperty("droppedItems", out _));
        Assert.Equal(3, json.GetProperty("overall").GetProperty("newItems").GetInt32());
        Assert.Contains("TRA Transformation: +4.2, across editions (1 item dropped): the change mixes progress with the change of checklist, so it is not read against partner disagreement", text, StringComparison.Ordinal);
        Assert.Contains("The reviews are on two editions: shifting-the-centre-of-gravity-2018 1.0.0, then our-place-2026 1.0.0, which derives from it.", text, StringComparison.Ordinal);
        Assert.Contains("LOC: LOC.1–LOC.3 were new in our-place-2026.", text, StringComparison.Ordinal);

        var csv = Run.Ifw("compare", Rotherham2025, carried, "--framework-file", Edition, "-f", "csv").Succeeded().Output.ReplaceLineEndings("\n").Split('\n');
        Assert.EndsWith(",earlier_framework,new_items,dropped_items,earlier_item", csv[0], StringComparison.Ordinal);
        Assert.EndsWith(",shifting-the-centre-of-gravity-2018,0,1,", csv.Single(l => l.Contains(",domain,TRA,", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_across_editions_lists_the_earlier_actions_left_behind_on_dropped_items()
    {
        using var folder = new Folder();
        var earlier = JsonNode.Parse(File.ReadAllText(Rotherham2025))!;
        earlier["actions"] = JsonNode.Parse("""
            [
              { "item": "TRA.1", "action": "Agree a joint transformation plan", "owner": "Rotherham Council", "due": "2026-03-31", "status": "open" },
              { "item": "TRA.6", "action": "Map the workforce", "owner": "Rotherham Council", "due": "2026-06-30", "status": "open" }
            ]
            """);
        var withActions = folder.Write("rotherham-with-actions.json", earlier.ToJsonString());
        Run.Ifw("template", "--from", withActions, "--framework", "our-place-2026", "--framework-file", Edition, "--date", "2026-10-01", "-o", folder["carried.json"]).Succeeded();

        var json = JsonDocument.Parse(Run.Ifw("compare", withActions, folder["carried.json"], "--framework-file", Edition, "-f", "json").Succeeded().Output).RootElement;
        var text = Run.Ifw("compare", withActions, folder["carried.json"], "--framework-file", Edition).Succeeded().Output;

        Assert.Equal(["TRA.1"], json.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("item").GetString()));
        var left = Assert.Single(json.GetProperty("actionsLeftBehind").EnumerateArray());
        Assert.Equal(("TRA.6", "Map the workforce", "2026-06-30", "open"), (left.GetProperty("item").GetString(), left.GetProperty("action").GetString(), left.GetProperty("due").GetString(), left.GetProperty("status").GetString()));
        Assert.Contains("Left behind with their items, which our-place-2026 dropped, so not read on any item: TRA.6 Map the workforce (Rotherham Council, due 30 June 2026): open.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fhir_questionnaire_of_a_local_edition_asks_its_own_items()
    {
        var run = Run.Ifw("fhir", "questionnaire", "--framework-file", Edition, "--framework", "our-place-2026").Succeeded();

        var ids = LinkIds(JsonDocument.Parse(run.Output).RootElement).ToList();
        Assert.Contains("LOC.3", ids);
        Assert.DoesNotContain("TRA.6", ids);
        Assert.DoesNotContain("INF.2", ids);
    }

    [Fact]
    public void An_edition_whose_source_is_a_title_alone_names_no_publisher_in_the_questionnaire_or_the_report()
    {
        using var folder = new Folder();
        var file = JsonNode.Parse(File.ReadAllText(Edition))!;
        file["frameworks"]![0]!["source"] = "Our place's checklist (illustrative)";
        var edition = folder.Write("titled.json", file.ToJsonString());
        var carried = Carried(folder);

        var questionnaire = JsonDocument.Parse(Run.Ifw("fhir", "questionnaire", "--framework-file", edition, "--framework", "our-place-2026").Succeeded().Output).RootElement;
        var report = Run.Ifw("score", carried, "--framework-file", edition, "-f", "markdown").Succeeded().Output;
        var catalogue = Run.Ifw("catalogue", "--framework-file", edition).Succeeded().Output;

        Assert.False(questionnaire.TryGetProperty("publisher", out _));
        Assert.Contains("Source: Our place's checklist (illustrative).", report, StringComparison.Ordinal);
        Assert.Contains("Source: Our place's checklist (illustrative).", catalogue, StringComparison.Ordinal);
        Assert.DoesNotContain("publisher", report + catalogue, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_edition_id_with_doubled_or_trailing_hyphens_still_gets_a_questionnaire()
    {
        using var folder = new Folder();
        var edition = folder.Write("odd.json", File.ReadAllText(Edition).Replace("\"our-place-2026\"", "\"our--place-\"", StringComparison.Ordinal));

        var run = Run.Ifw("fhir", "questionnaire", "--framework-file", edition, "--framework", "our--place-").Succeeded();

        Assert.Contains("\"name\": \"OurPlace\"", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Workbooks_of_a_local_edition_filled_by_openpyxl_merge_and_score_and_untouched_domains_score_as_under_the_built_in_one()
    {
        using var folder = new Folder();
        Directory.CreateDirectory(folder["local"]);
        Directory.CreateDirectory(folder["built-in"]);
        string[] blank = ["template", "--footprint-code", "E06000001", "--footprint-name", "Ourplace", "--level", "place", "--date", "2026-10-01", "--assessor", "council", "--assessor", "vcse", "--assessor", "nhs:integratedCareBoard"];
        Run.Ifw([.. blank, "--framework-file", Edition, "--framework", "our-place-2026", "--output-dir", folder["local"]]).Succeeded();
        Run.Ifw([.. blank, "--output-dir", folder["built-in"]]).Succeeded();
        foreach (var book in Directory.GetFiles(folder.Path, "*.xlsx", SearchOption.AllDirectories))
        {
            FillWithOpenpyxl(book);
        }

        Run.Ifw("merge", folder["local"], "--framework-file", Edition, "-o", folder["local.json"]).Succeeded();
        Run.Ifw("merge", folder["built-in"], "-o", folder["built-in.json"]).Succeeded();
        var local = Domains(Run.Ifw("score", folder["local.json"], "--framework-file", Edition, "-f", "json").Succeeded().Output);
        var builtIn = Domains(Run.Ifw("score", folder["built-in.json"], "-f", "json").Succeeded().Output);

        Assert.All(Untouched, code => Assert.Equal(builtIn[code], local[code]));
        Assert.NotNull(local["LOC"]);
        Assert.Equal(11, local.Count);
    }

    private static string Carried(Folder folder)
    {
        Run.Ifw("template", "--from", Rotherham2025, "--framework", "our-place-2026", "--framework-file", Edition, "--date", "2026-10-01", "-o", folder["carried.json"]).Succeeded();
        return folder["carried.json"];
    }

    private static Dictionary<string, double?> Domains(string card)
        => JsonDocument.Parse(card).RootElement.GetProperty("domains").EnumerateArray()
            .ToDictionary(d => d.GetProperty("code").GetString()!, d => d.TryGetProperty("score", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetDouble() : (double?)null);

    private static IEnumerable<string> LinkIds(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "linkId")
                {
                    yield return property.Value.GetString()!;
                }

                foreach (var id in LinkIds(property.Value))
                {
                    yield return id;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var id in element.EnumerateArray().SelectMany(LinkIds))
            {
                yield return id;
            }
        }
    }

    /// <summary>
    /// Fills every item row of a partner's workbook with Debian's python3 and openpyxl, as a partner's script would: the
    /// level from the item's number and the partner (the file name), so partners differ and items differ.
    /// </summary>
    private static void FillWithOpenpyxl(string workbook)
    {
        const string Script = """
            import re, sys, openpyxl
            path = sys.argv[1]
            partner = len(path.split('-')[-1])
            levels = ['planned', 'under development', 'in place', 'embedded']
            book = openpyxl.load_workbook(path)
            for ws in book.worksheets:
                for row in ws.iter_rows(min_row=3):
                    m = re.match(r'^[A-Za-z0-9_-]+\.(\d+)$', str(row[0].value or ''))
                    if m:
                        row[2].value = levels[(int(m.group(1)) * 3 + partner) % 4]
            book.save(path)
            """;
        var script = Path.Combine(Path.GetDirectoryName(workbook)!, "fill.py");
        File.WriteAllText(script, Script, Encoding.UTF8);
        using var python = Process.Start(new ProcessStartInfo("/usr/bin/python3", [script, workbook]) { RedirectStandardError = true })!;
        var error = python.StandardError.ReadToEnd();
        Assert.True(python.WaitForExit(TimeSpan.FromMinutes(1)), "python3 did not finish");
        Assert.True(python.ExitCode == 0, $"python3 failed (sudo apt-get install -y python3-openpyxl): {error}");
        File.Delete(script);
    }
}
