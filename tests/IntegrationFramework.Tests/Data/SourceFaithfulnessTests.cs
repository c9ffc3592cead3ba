using IntegrationFramework.Tests.TestSupport;

namespace IntegrationFramework.Tests.Data;

/// <summary>
/// No invented facts: every sourced entry's own words match its source document word for word and in order, starting
/// on the page its reference gives (<see cref="SourceText.Match"/> allows only line breaks, hyphenation, running
/// headers, page numbers and footnote marks between the words). A checklist item or call must also end where its
/// sentence or list item ends in the source: an entry cut short is an abridgement. Where the two-column extraction
/// interleaves a passage with another, the entry is listed in <see cref="Interleaved"/> with its pieces in the order
/// they appear. Where the project's outline deliberately words an entry differently from the extraction (a misprint
/// corrected, two introductions joined, a call condensed), the entry is listed in <see cref="Editorial"/> with the
/// verbatim passages it stands for, in the order they appear; those passages must then be found instead. Each
/// listing must be needed.
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
            "The same misprint as GOV.2, in section 4, where a footnote is printed inside the bullet.",
            ["elected members proving democratic", "accountability in oversight and decision-making"]),
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

    /// <summary>Entries whose passage the two-column extraction splits around other text, with the pieces in the order they appear.</summary>
    private static readonly Dictionary<string, (string Why, string[] Pieces)> Interleaved = new()
    {
        ["shifting-the-centre-of-gravity-2018/headline:LEA"] = (
            "GOV.2's bullet, from the next column, is printed between the headline's two sentences.",
            ["Work has taken place to determine the skills and capacity needed for collaborative leadership across an integrated environment, and a range of training and support opportunities are in place.", "Some key elements of collaborative system leadership include:"]),
        ["shifting-the-centre-of-gravity-2018/item:LEA.8"] = (
            "The end of the item is printed before its start.",
            ["down, worked out in detail and clearly communicated to those who will implement them.", "Ensure that top-level agreements, such as how funding is allocated, are written"]),
        ["shifting-the-centre-of-gravity-2018/item:PRV.10"] = (
            "The end of the item is printed before its start, and a footnote inside it.",
            ["collaborate to tackle shared health priorities.", "'Health in all policies' (HiAP) approaches in which partners from health and care and beyond, such as housing and transport,"]),
        ["partner:Transport"] = (
            "The partner's words come from PRV.10, whose end is printed before its start.",
            ["collaborate to tackle shared health priorities", "partners from health and care and beyond, such as housing and transport,"]),
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
            Assert.True(source.Match(entry.Text) is null, $"{key} is listed as editorial, but its text is found in the source; remove it from the list.");
            AssertPiecesInOrder(source, key, editorial.Passages, entry);
        }
        else if (Interleaved.TryGetValue(key, out var interleaved))
        {
            Assert.True(source.Match(entry.Text) is null, $"{key} is listed as interleaved, but its text is found whole; remove it from the list.");
            AssertPiecesInOrder(source, key, interleaved.Pieces, entry);
            Assert.True(
                Permutations(interleaved.Pieces).Any(order => SourceText.Normalise(string.Concat(order)) == SourceText.Normalise(entry.Text)),
                $"{key}: the pieces, in some order, are not the entry's words.");
        }
        else
        {
            var start = AssertFoundOnPage(source, key, entry.Text, entry);
            if (key.Contains("/item:", StringComparison.Ordinal) || key.StartsWith("call:", StringComparison.Ordinal))
            {
                Assert.True(source.EndsWithItsPassage(start, entry.Text), $"{key}: the source's sentence runs on after the entry's last word; the entry is abridged: \"{entry.Text}\"");
            }
        }
    }

    [Fact]
    public void The_matcher_fails_an_entry_with_one_word_dropped()
    {
        var item = Frameworks.ShiftingTheCentreOfGravity2018.Checklist.Items.Single(i => i.Id == "PCC.1");
        var words = item.Text.Split(' ');
        var source = SourceText.Report2018;

        Assert.NotNull(source.Match(item.Text, item.Source.Page));

        // Any word inside dropped: the words no longer follow each other in the source.
        for (var i = 1; i < words.Length - 1; i++)
        {
            var dropped = string.Join(' ', words.Take(i).Concat(words.Skip(i + 1)));
            Assert.True(source.Match(dropped, item.Source.Page) is null, $"PCC.1 without '{words[i]}' still matches: \"{dropped}\"");
        }

        // The last word dropped: the words still follow each other, but the sentence runs on.
        var cut = string.Join(' ', words[..^1]);
        Assert.False(source.EndsWithItsPassage(source.Match(cut, item.Source.Page)!.Value, cut));
    }

    [Fact]
    public void An_abridged_item_fails_because_its_sentence_runs_on()
    {
        // PROVIDERS.5 as the outline abridged it: the paper's bullet goes on "…, maximising their independence …".
        const string Abridged = "Neighbourhood- and place-based multi-disciplinary teams – including the voluntary and community sector – working together to join up care and support around the whole person.";
        var source = SourceText.LgaPaper;

        Assert.False(source.EndsWithItsPassage(source.Match(Abridged)!.Value, Abridged));
    }

    [Fact]
    public void Every_listing_names_an_entry()
    {
        foreach (var key in Interleaved.Keys.Concat(Editorial.Keys))
        {
            Assert.True(SourcedEntries.All.ContainsKey(key), $"The lists name {key}, which is not an entry.");
        }
    }

    private static IEnumerable<IEnumerable<string>> Permutations(string[] pieces)
        => pieces.Length <= 1 ? [pieces] : pieces.SelectMany((piece, i) => Permutations([.. pieces.Where((_, j) => j != i)]).Select(rest => rest.Prepend(piece)));

    /// <summary>Each piece matches word for word on the entry's page (or the next), each after the one before.</summary>
    private static void AssertPiecesInOrder(SourceText source, string key, string[] pieces, SourcedEntries.Entry entry)
    {
        var after = -1;
        foreach (var piece in pieces)
        {
            var at = entry.Source.Page is { } page ? source.Match(piece, page, page + 1) : source.Match(piece);
            Assert.True(at is not null, $"{key}: the piece is not in the source word for word on its page: \"{piece}\"");
            Assert.True(at > after, $"{key}: the pieces are not in the order they appear; \"{piece}\" comes earlier.");
            after = at!.Value;
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

    private static int AssertFoundOnPage(SourceText source, string key, string text, SourcedEntries.Entry entry)
    {
        Assert.True(source.Match(text) is not null, $"{key}: the text is not in the source document word for word: \"{text}\"");
        if (entry.Source.Page is not { } page)
        {
            return source.Match(text)!.Value;
        }

        var lastPage = entry.ContinuesOnNextPage ? page + 1 : page;
        var start = source.Match(text, page, lastPage);
        Assert.True(start is not null, $"{key}: the text does not start on page {page}{(entry.ContinuesOnNextPage ? " or the next" : string.Empty)}: \"{text}\"");
        return start!.Value;
    }
}
