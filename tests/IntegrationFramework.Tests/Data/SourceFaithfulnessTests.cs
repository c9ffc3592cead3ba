using IntegrationFramework.Tests.TestSupport;

namespace IntegrationFramework.Tests.Data;

/// <summary>
/// No invented facts: every sourced entry's own words are found in its source document, on the page its reference
/// gives. Where the project's outline deliberately words an entry differently from the extraction (a misprint
/// corrected, two introductions joined, a call condensed), the entry is listed in <see cref="Editorial"/> with the
/// verbatim passages it stands for; those passages must then be found instead, and the listing must be needed.
/// </summary>
public sealed class SourceFaithfulnessTests
{
    /// <summary>Entries whose wording is editorial, with the source passages they stand for and why.</summary>
    private static readonly Dictionary<string, (string Why, string[] Passages)> Editorial = new()
    {
        ["shifting-the-centre-of-gravity-2018/item:GOV.2"] = (
            "The report prints 'proving democratic accountability', an evident misprint of 'providing' that the outline corrects.",
            ["Elected member involvement, proving democratic accountability in oversight and decision-making."]),
        ["accountability:ACC.3"] = (
            "The same misprint as GOV.2, in section 4.",
            ["elected members proving democratic accountability in oversight and decision-making"]),
        ["shifting-the-centre-of-gravity-2018/headline:PRV"] = (
            "The domain has two lists, each with its own introduction; the outline joins them with the item ranges each introduces.",
            ["Public health is recognised as a key element of integration:", "When developing plans to prevent poor health and reduce health inequalities, the following measures are in place or under development:"]),
        ["shifting-the-centre-of-gravity-2018/case:greater-manchester-and-salford"] = (
            "The report describes Greater Manchester and Salford in its text, not in a titled box; the title is the library's.",
            ["In Greater Manchester, the partners in each of the 10 boroughs have established a local care organisation"]),
        ["lga-position-paper/case:voluntary-action-rotherham-social-prescribing"] = (
            "The paper describes the example in its text, not under a title; the title is the library's.",
            ["Voluntary Action Rotherham is funded £500,000 to allocate money to voluntary and community organisations that are providing activities as part of its social prescribing programme."]),
        ["lga-position-paper/item:BOARDS.2"] = (
            "The outline shortens the characteristic's last clause.",
            ["a strong focus on early intervention, to give people the information, advice, care and support they need to maintain their own health and wellbeing, and also to reduce demand for more intensive health and care interventions"]),
        ["lga-position-paper/item:NATIONAL.3"] = (
            "The outline turns the paper's 'setting out expectations for outcomes within' into a characteristic.",
            ["setting out expectations for outcomes within a single outcomes framework across health, social care and public health, which has place-based, person-centred and preventative care and support at its core"]),
        ["call:CALL.1"] = (
            "The outline condenses the call.",
            ["clearly refocus the aim of integration to achieve better population health and wellbeing outcomes, rather than focusing predominantly on addressing the immediate pressures of acute hospitals"]),
        ["call:CALL.5"] = (
            "The outline condenses the call.",
            ["reinforce the primacy of place-based health and wellbeing boards and joint teams that support them as a key driver for integration"]),
        ["call:CALL.6"] = (
            "The outline condenses the call.",
            ["work with the LGA to develop a pilot programme for places with leading edge health and wellbeing boards to extend their responsibilities for commissioning community-based health and care, evaluate the impact and share the learning through the LGA’s sector-led support programme"]),
        ["call:CALL.9"] = (
            "The outline condenses the call.",
            ["work with the LGA to develop our sector-led improvement offer to ensure that all health and wellbeing boards are effective leaders of integration at place"]),
        ["call:CALL.11"] = (
            "The outline condenses the call and leaves out its list of community-based services.",
            ["ensure that public health, adult social care and community based health services – GPs, community mental health, occupational therapy and services for special educational needs and disability – have adequate and sustainable funding for integration to improve outcomes"]),
    };

    public static TheoryData<string> Keys() => new(SourcedEntries.All.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Keys))]
    public void Entry_is_found_in_its_source_on_its_page(string key)
    {
        var entry = SourcedEntries.All[key];
        var source = SourceText.For(entry.Source.Document);
        if (Editorial.TryGetValue(key, out var editorial))
        {
            Assert.True(source.Locate(entry.Text) is null, $"{key} is listed as editorial, but its text is found in the source; remove it from the list.");
            foreach (var passage in editorial.Passages)
            {
                AssertFoundOnPage(source, key, passage, entry);
            }
        }
        else
        {
            AssertFoundOnPage(source, key, entry.Text, entry);
        }
    }

    [Fact]
    public void Every_editorial_entry_exists()
    {
        foreach (var key in Editorial.Keys)
        {
            Assert.True(SourcedEntries.All.ContainsKey(key), $"The editorial list names {key}, which is not an entry.");
        }
    }

    [Fact]
    public void The_entries_cover_both_documents_and_every_kind_of_entry()
    {
        var kinds = SourcedEntries.All.Keys
            .SelectMany(k => k.Split('/'))
            .Where(segment => segment.Contains(':', StringComparison.Ordinal))
            .Select(segment => segment[..segment.IndexOf(':', StringComparison.Ordinal)])
            .ToHashSet();
        Assert.Superset(
            new HashSet<string> { "theme", "domain", "headline", "guidance", "item", "case", "figure", "highlight", "vision", "shift", "action", "prevention", "level", "function", "principle", "accountability", "driver", "call", "sector", "partner", "body", "budget" },
            kinds);
        Assert.Equal(
            [Frameworks.ShiftingTheCentreOfGravity2018.Document, Frameworks.LgaPositionPaper.Document],
            SourcedEntries.All.Values.Select(e => e.Source.Document).Distinct());
    }

    private static void AssertFoundOnPage(SourceText source, string key, string text, SourcedEntries.Entry entry)
    {
        Assert.True(source.Locate(text) is not null, $"{key}: the text is not in the source document: \"{text}\"");
        if (entry.Source.Page is { } page)
        {
            var lastPage = page + 1;
            var startPage = source.Locate(text, page, lastPage);
            Assert.True(
                startPage == page || (entry.ContinuesOnNextPage && startPage == lastPage),
                $"{key}: the text does not start on page {page}{(entry.ContinuesOnNextPage ? " or the next" : string.Empty)}: \"{text}\"");
        }
    }
}
