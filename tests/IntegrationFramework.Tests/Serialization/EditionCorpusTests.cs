using IntegrationFramework.Serialization;
using NJsonSchema;

namespace IntegrationFramework.Tests.Serialization;

/// <summary>
/// The corpus of broken edition files (EditionCorpus/): one small file per way an edition file goes wrong, each with the
/// one problem the reader must give, its code, its path and its message exactly, and no frameworks. The schema
/// (schemas/framework.schema.json) refuses each of them too, but for what only the reader can check.
/// </summary>
public sealed class EditionCorpusTests
{
    private static readonly string Corpus = Path.Combine(FindRoot(), "tests", "IntegrationFramework.Tests", "Serialization", "EditionCorpus");

    /// <summary>The file, and the code, path and message of its one problem.</summary>
    public static TheoryData<string, string, string, string> Cases => new()
    {
        // The shape of an edition: what it must have.
        { "frameworks-and-root-fields.json", "invalid-value", "$", "The file gives both 'frameworks' and a framework's own fields at its root; give the editions as a list under 'frameworks', or one edition's fields at the root, not both." },
        { "no-id.json", "missing-property", "$.id", "'id' is required: the edition's id, such as our-place-2026." },
        { "no-themes.json", "missing-property", "$.themes", "An edition needs at least one theme, each with its domains and their items." },
        { "theme-null.json", "wrong-type", "$.themes[0]", "The value has the wrong type: expected a theme, a JSON object with code, name and domains; it was null." },
        { "theme-with-empty-domains.json", "empty-group", "$.themes[0].domains", "The theme OUR has no domain; give it at least one, or leave the theme out." },
        { "theme-with-no-domains.json", "missing-property", "$.themes[0].domains", "The theme OUR has no domain; give it at least one, or leave the theme out." },
        { "domain-with-empty-items.json", "empty-group", "$.themes[0].domains[0].items", "The domain LOC has no item; give it at least one, or leave the domain out." },
        { "domain-with-no-items.json", "missing-property", "$.themes[0].domains[0].items", "The domain LOC has no item; give it at least one, or leave the domain out." },
        { "item-null.json", "wrong-type", "$.themes[0].domains[0].items[0]", "The value has the wrong type: expected an item, a JSON object with id and text; it was null." },
        { "guidance-without-section.json", "missing-property", "$.themes[0].domains[0].guidance.section", "'section' is required: the section of the document that explains the domain." },

        // Texts.
        { "blank-name.json", "invalid-value", "$.themes[0].name", "'name' must not be blank: the theme's name." },
        { "empty-text.json", "invalid-value", "$.themes[0].domains[0].items[0].text", "'text' must not be blank: the item's text, as the document words it." },

        // Codes and ids.
        { "duplicate-theme-code.json", "duplicate-id", "$.themes[1].code", "The edition has two themes OUR; give each theme a code of its own." },
        { "duplicate-domain-code.json", "duplicate-id", "$.themes[1].domains[0].code", "The edition has two domains LOC; give each domain a code of its own." },
        { "duplicate-item-id.json", "duplicate-id", "$.themes[0].domains[0].items[1].id", "The edition has two items LOC.1; give each item an id of its own." },
        { "item-id-of-another-domain.json", "invalid-value", "$.themes[0].domains[0].items[1].id", "'TRA.2' cannot be an item of domain LOC: an item's id is its domain's code, a full stop and a number from 1, without leading zeros, such as LOC.1." },
        { "item-id-without-number.json", "invalid-value", "$.themes[0].domains[0].items[0].id", "'LOC' cannot be an item of domain LOC: an item's id is its domain's code, a full stop and a number from 1, without leading zeros, such as LOC.1." },
        { "items-not-ascending.json", "invalid-value", "$.themes[0].domains[0].items[1].id", "LOC.1 comes after LOC.2: a domain's items are numbered in ascending order (numbers may be left out where an item was dropped)." },
        { "same-edition-twice.json", "duplicate-id", "$.frameworks[1].id", "The file gives the edition 'our-place-2026' twice; give each edition an id of its own." },
        { "built-in-id-other-content.json", "edition-clash", "$.id", "'shifting-the-centre-of-gravity-2018' is already the id of the edition 'Shifting the centre of gravity' 1.0.0, whose checklist differs from this one at theme 1 (its code, or a theme added or left out); give this edition an id of its own, such as 'shifting-the-centre-of-gravity-2018-local'." },

        // What a derived edition continues.
        { "derived-from-without-version.json", "missing-property", "$.derivedFrom.version", "'version' is required: the version of the edition this one revises." },
        { "same-as-unknown-item.json", "unknown-item", "$.themes[0].domains[0].items[0].sameAs", "'TRA.9' is no item of shifting-the-centre-of-gravity-2018 1.0.0, which this edition derives from; name one of its items, such as TRA.1, or give null for a new item." },
        { "same-as-without-derived-from.json", "invalid-value", "$.themes[0].domains[0].items[0].sameAs", "'sameAs' says what an item continues in the edition this one derives from, but the edition gives no 'derivedFrom'; give it, or leave 'sameAs' out." },
        { "blank-same-as.json", "invalid-value", "$.themes[0].domains[0].items[0].sameAs", "'sameAs' must not be blank: the id of the earlier item this one continues." },
        { "same-as-a-number.json", "wrong-type", "$.themes[0].domains[0].items[0].sameAs", "The value has the wrong type: expected the id of the earlier item this one continues, as a string, or null for a new item; it was the number 2." },
        { "two-items-continue-one.json", "duplicate-id", "$.themes[0].domains[0].items[1].sameAs", "TRA.1 already continues TRA.1 of shifting-the-centre-of-gravity-2018; an earlier item is continued by one item at most: give one of them \"sameAs\": null." },

        // Values of the wrong type or out of range.
        { "page-as-text.json", "wrong-type", "$.themes[0].domains[0].items[0].page", "The page must be a whole number of 1 or more, such as 36; it was the string '12'." },
        { "page-zero.json", "invalid-value", "$.themes[0].domains[0].items[0].page", "The page must be a whole number of 1 or more, such as 36; it was the number 0." },
        { "page-a-fraction.json", "invalid-value", "$.themes[0].domains[0].items[0].page", "The page must be a whole number of 1 or more, such as 36; it was the number 1.5." },
        { "text-a-number-in-catalogue.json", "wrong-type", "$.frameworks[0].themes[0].domains[0].items[0].text", "The value has the wrong type: expected a string; it was the number 5." },
        { "themes-an-object.json", "wrong-type", "$.themes", "The value has the wrong type: expected an array; it was an object." },
        { "source-a-number.json", "wrong-type", "$.source", "The value has the wrong type: expected the document's title as a string, or an object with title, publisher, year and url; it was the number 2026." },
        { "year-as-text.json", "wrong-type", "$.source.year", "The year must be four digits, from 1000 to 9999, such as 2026; it was the string '2018'." },
        { "url-not-a-url.json", "invalid-value", "$.source.url", "'not a url' is not an http or https address; give the document's web address, starting https://." },

        // Not an edition's JSON at all.
        { "an-array.json", "wrong-type", "$", "The file holds an array; an edition file is a JSON object." },
        { "null.json", "wrong-type", "$", "The file holds null; an edition file is a JSON object." },
        { "duplicate-property.json", "duplicate-property", "$.id", "'id' appears twice in one object (line 3, position 25); give each property once." },
        { "cut-short.json", "invalid-json", "$.frameworks[0].themes[0].domains[1].items[1].id", "The file ends before its JSON is complete (line 36, position 25): it may have been cut short when it was saved or copied; save or copy it again." },

        // Found when the corpus was first read (each message reread as a user would meet it, then mended in the reader).
        { "an-assessment.json", "wrong-kind-of-file", "$", "The file is an assessment file, not an edition file; an edition file is a JSON object with 'frameworks', as the catalogue is written in JSON, or one edition's id, version, title, source and themes." },
        { "built-in-edition-with-one-text-changed.json", "edition-clash", "$.frameworks[0].id", "'shifting-the-centre-of-gravity-2018' is already the id of the edition 'Shifting the centre of gravity' 1.0.0, whose checklist differs from this one at TRA.1 (its text); give this edition an id of its own, such as 'shifting-the-centre-of-gravity-2018-local'." },
        { "built-in-id-other-version.json", "edition-clash", "$.frameworks[0].version", "'shifting-the-centre-of-gravity-2018' is already the id of the edition 'Shifting the centre of gravity' at version 1.0.0, and this file gives version 2.0.0; give this edition an id of its own, such as 'shifting-the-centre-of-gravity-2018-local'." },
        { "derived-from-unknown-id.json", "unknown-framework", "$.derivedFrom.id", "The edition derives from 'shifting-the-centre-of-gravity-2019', which is not known: the editions known are shifting-the-centre-of-gravity-2018, lga-position-paper; derive from one of them, or give the edition 'shifting-the-centre-of-gravity-2019' before this one, in this file or in an edition file read first." },
        { "derived-from-wrong-version.json", "unknown-framework", "$.derivedFrom.version", "The edition derives from shifting-the-centre-of-gravity-2018 2.0.0, but the shifting-the-centre-of-gravity-2018 known is version 1.0.0; give 1.0.0, the version known." },
        { "domains-a-string.json", "wrong-type", "$.themes[0].domains", "The value has the wrong type: expected an array; it was the string 'LOC'." },
        { "empty.json", "empty-file", "$", "The file is empty; an edition file is a JSON object, as the catalogue is written in JSON." },
        { "frameworks-empty.json", "empty-group", "$.frameworks", "'frameworks' lists no edition; give at least one, with its id, version, title, source and themes." },
        { "guidance-a-string.json", "wrong-type", "$.themes[0].domains[0].guidance", "The value has the wrong type: expected an object; it was the string 'somewhere'." },
        { "id-starting-with-hyphen.json", "invalid-value", "$.id", "'-our-place' cannot be an edition's id: use up to 100 letters, digits, full stops, hyphens and underscores, starting with a letter or digit, with no spaces, such as our-place-2026." },
        { "id-with-spaces.json", "invalid-value", "$.id", "'our place 2026' cannot be an edition's id: use up to 100 letters, digits, full stops, hyphens and underscores, starting with a letter or digit, with no spaces, such as our-place-2026." },
        { "implicit-continuation-clash.json", "duplicate-id", "$.themes[0].domains[0].items[1].id", "TRA.2 continues TRA.2 of shifting-the-centre-of-gravity-2018 by its own id, which TRA.1 already continues (its sameAs); give TRA.2 a \"sameAs\" of its own (null when it is new)." },
        { "item-id-zero.json", "invalid-value", "$.themes[0].domains[0].items[0].id", "'LOC.0' cannot be an item of domain LOC: an item's id is its domain's code, a full stop and a number from 1, without leading zeros, such as LOC.1." },
        { "nested-too-deep.json", "too-deep", "$.themes[0].domains[0].items[0].notes", "The file nests more than 32 levels deep (line 43, position 65); no file this library reads nests that deep." },
        { "no-frameworks.json", "missing-property", "$.frameworks", "'frameworks' is required: the editions, each with an id, a version, a title, a source and its themes." },
        { "same-as-null-without-derived-from.json", "invalid-value", "$.themes[0].domains[0].items[0].sameAs", "'sameAs' says what an item continues in the edition this one derives from, but the edition gives no 'derivedFrom'; give it, or leave 'sameAs' out." },
        { "source-title-a-number.json", "wrong-type", "$.source.title", "The value has the wrong type: expected a string; it was the number 5." },
        { "text-a-number.json", "wrong-type", "$.themes[0].domains[0].items[0].text", "The value has the wrong type: expected a string; it was the number 5." },
        { "themes-of-strings.json", "wrong-type", "$.themes[0]", "The value has the wrong type: expected an object; it was the string 'OUR'." },
        { "trailing-comma.json", "invalid-json", "$.themes[0].domains[0].items[0]", "The file is not valid JSON (line 6, position 159): The JSON object contains a trailing comma at the end." },
        { "url-ftp.json", "invalid-value", "$.source.url", "'ftp://example.org/checklist.pdf' is not an http or https address; give the document's web address, starting https://." },
        { "year-12.json", "invalid-value", "$.source.year", "The year must be four digits, from 1000 to 9999, such as 2026; it was the number 12." },
    };

    /// <summary>What a schema cannot say: uniqueness, order, an id's link to its domain, editions known and their items, and the JSON's own rules.</summary>
    private static readonly string[] OnlyTheReaderRefuses =
    [
        "duplicate-theme-code.json", "duplicate-domain-code.json", "duplicate-item-id.json", "item-id-of-another-domain.json", "items-not-ascending.json",
        "same-edition-twice.json", "built-in-id-other-content.json", "same-as-unknown-item.json", "two-items-continue-one.json", "duplicate-property.json",
        "built-in-edition-with-one-text-changed.json", "built-in-id-other-version.json", "derived-from-unknown-id.json", "derived-from-wrong-version.json", "implicit-continuation-clash.json",
    ];

    /// <summary>What is not JSON, or not JSON a schema validator takes: no schema sees it.</summary>
    private static readonly string[] NotJson = ["cut-short.json", "empty.json", "trailing-comma.json", "nested-too-deep.json"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_broken_edition_file_gets_its_one_problem_at_its_path_and_no_frameworks(string file, string code, string path, string message)
    {
        var read = CatalogueJson.Read(File.ReadAllBytes(Path.Combine(Corpus, file)));

        Assert.Null(read.Value);
        var problem = Assert.Single(read.Problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal(path, problem.Path);
        Assert.Equal(message, problem.Message);
        Assert.Equal(IntegrationFramework.Problems.ProblemSeverity.Error, problem.Severity);
    }

    [Fact]
    public void The_corpus_has_a_case_for_every_file_in_it()
    {
        var files = Directory.EnumerateFiles(Corpus).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(files, Cases.Select(row => (string)row[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_schema_refuses_every_file_of_the_corpus_but_those_only_the_reader_can_check()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "framework.schema.json"));

        // A file cut short is not JSON: no schema sees it.
        foreach (var file in Cases.Select(row => (string)row[0]).Where(f => !NotJson.Contains(f)))
        {
            var errors = schema.Validate(File.ReadAllText(Path.Combine(Corpus, file)));

            Assert.True(OnlyTheReaderRefuses.Contains(file) == (errors.Count == 0), $"{file}: {errors.Count} schema errors");
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "IntegrationFramework.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository.");
    }
}
