using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntegrationFramework.Problems;
using IntegrationFramework.Scoring;
using IntegrationFramework.Serialization;
using IntegrationFramework.Tests.TestSupport;

namespace IntegrationFramework.Tests.Serialization;

/// <summary>
/// Untrusted input: mutated variants of valid files — bytes flipped, files truncated, tokens duplicated and deleted —
/// never make a reader throw or hang, and each yields a valid value or at least one error, every problem with a path.
/// Each read has a bound of two seconds (a hang, not a timing: the reads take microseconds).
/// </summary>
public sealed class FuzzTests
{
    private const int AssessmentVariants = 20_000;
    private const int ScoreCardVariants = 5_000;
    private const int CsvVariants = 10_000;
    private const int EditionVariants = 4_000;
    private static readonly TimeSpan EachRead = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Twenty_thousand_mutated_assessment_files_never_throw_and_always_say_why_they_fail()
    {
        var seeds = ValidFiles(random => AssessmentJson.SerializeToUtf8Bytes(AssessmentGenerators.Build(random, Frameworks.All[random.Next(2)], random.Next(1, 4), random.Next(5, 30), 15, random.Next(3) == 0, false)));

        await RunWithin(Limit, () => Fuzz(seeds, AssessmentVariants, bytes =>
        {
            var result = AssessmentJson.Read(bytes);
            Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Path)));
            if (result.Value is null)
            {
                Assert.NotEmpty(result.Errors);
            }
            else
            {
                Assert.Empty(result.Errors);
                Assert.Empty(result.Value.Validate());
            }
        }));
    }

    [Fact]
    public async Task Mutated_score_card_files_never_throw_and_always_say_why_they_fail()
    {
        var seeds = ValidFiles(random => ScoreCardJson.SerializeToUtf8Bytes(Scorer.Score(AssessmentGenerators.Build(random, Frameworks.LgaPositionPaper, 2, 60, 15, random.Next(3) == 0, false))));

        await RunWithin(Limit, () => Fuzz(seeds, ScoreCardVariants, bytes =>
        {
            var result = ScoreCardJson.Read(bytes);
            Assert.True(result.Value is not null || !result.Errors.IsEmpty);
        }));
    }

    [Fact]
    public async Task Ten_thousand_mutated_ratings_tables_never_throw_and_always_say_why_they_fail()
    {
        var random = new Random(2026_12_02);
        var seeds = Enumerable.Range(0, 12).Select(_ => Encoding.UTF8.GetBytes(RatingsCsv.Serialize(AssessmentGenerators.Build(random, Frameworks.All[random.Next(2)], random.Next(1, 4), random.Next(5, 30), 15, random.Next(3) == 0, false)))).ToList();
        var readable = 0;

        await RunWithin(Limit, () =>
        {
            for (var i = 0; i < CsvVariants; i++)
            {
                var bytes = seeds[random.Next(seeds.Count)];
                for (var m = random.Next(1, 4); m > 0; m--)
                {
                    bytes = MutateTable(bytes, random);
                }

                Read(i, bytes, () =>
                {
                    var result = RatingsCsv.Read(bytes);
                    readable += result.Value is null ? 0 : 1;
                    return (result.Value, result.Problems);
                });
            }
        });

        // Separators swapped and encodings changed leave many tables readable, with a warning: both paths are run.
        Assert.InRange(readable, 100, CsvVariants - 100);
    }

    [Fact]
    public void The_mutations_produce_both_readable_and_unreadable_files()
    {
        var seeds = ValidFiles(random => AssessmentJson.SerializeToUtf8Bytes(AssessmentGenerators.Build(random, Frameworks.LgaPositionPaper, 2, 20, 10, false, false)));
        int readable = 0, unreadable = 0;
        var codes = new HashSet<string>();

        Fuzz(seeds, 2_000, bytes =>
        {
            var result = AssessmentJson.Read(bytes);
            if (result.Succeeded)
            {
                readable++;
            }
            else
            {
                unreadable++;
                codes.UnionWith(result.Errors.Select(e => e.Code));
            }
        });

        // Most mutations break a file, but some leave it readable (a flipped letter in evidence, say): both paths are run.
        Assert.InRange(readable, 1, 1_000);
        Assert.InRange(unreadable, 1_000, 1_999);
        // Broken JSON is found by the parser; a file that parses but lacks what it needs, by the reader: both are reached.
        // (A wrong type in a file that is also broken JSON is reported as the broken JSON, its root cause.)
        Assert.Contains(ProblemCodes.InvalidJson, codes);
        Assert.Contains(ProblemCodes.MissingProperty, codes);
    }

    [Fact]
    public async Task Four_thousand_mutated_edition_files_never_throw_say_why_they_fail_and_what_they_read_writes_back_the_same()
    {
        var derived = EditionFileTests.Local();
        derived["id"] = "our-place-2027";
        derived["derivedFrom"] = new JsonObject { ["id"] = "our-place-2026", ["version"] = "1.0.0" };
        EditionFileTests.Items(derived, 0)[1]!["sameAs"] = null;
        EditionFileTests.Items(derived, 1)[0]!["sameAs"] = "LOC.2";
        EditionFileTests.Items(derived, 1)[1] = new JsonObject { ["id"] = "LOC.3", ["text"] = "Our own third item.", ["sameAs"] = "TRA.3" };
        var fromTheBuiltIn = EditionFileTests.Local();
        fromTheBuiltIn["derivedFrom"] = new JsonObject { ["id"] = "shifting-the-centre-of-gravity-2018", ["version"] = "1.0.0" };
        EditionFileTests.Items(fromTheBuiltIn, 0)[1]!["sameAs"] = "TRA.2";
        List<byte[]> seeds =
        [
            CatalogueJson.SerializeToUtf8Bytes(Frameworks.All),
            .. Frameworks.All.Select(f => CatalogueJson.SerializeToUtf8Bytes([f])),
            .. Frameworks.All.Select(f => Encoding.UTF8.GetBytes(JsonNode.Parse(CatalogueJson.Serialize([f]))!["frameworks"]![0]!.ToJsonString())),
            Encoding.UTF8.GetBytes(EditionFileTests.Local().ToJsonString()),
            Encoding.UTF8.GetBytes(fromTheBuiltIn.ToJsonString()),
            Encoding.UTF8.GetBytes(new JsonObject { ["frameworks"] = new JsonArray(EditionFileTests.Local(), derived) }.ToJsonString()),
        ];
        Assert.All(seeds, seed => Assert.Empty(CatalogueJson.Read(seed).Problems));
        int readable = 0, unreadable = 0;
        var codes = new HashSet<string>(StringComparer.Ordinal);

        // Half the changes are made to the JSON (a value replaced, removed, repeated or moved), so that the reader's checks
        // past the parser are reached: ids repeated, items out of order, sameAs naming what is not there.
        await RunWithin(Limit, () => Fuzz(seeds, EditionVariants, bytes =>
        {
            var result = CatalogueJson.Read(bytes);
            Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Path)));
            Assert.Equal(result.Value is null, !result.Errors.IsEmpty);
            if (result.Value is null)
            {
                unreadable++;
                codes.UnionWith(result.Errors.Select(e => e.Code));
                return;
            }

            readable++;
            var again = CatalogueJson.Read(CatalogueJson.SerializeToUtf8Bytes(result.Value));
            Assert.Empty(again.Problems);
            Assert.Equal(Contents(result.Value), Contents(again.Value!));
        }, (bytes, random) => random.Next(2) == 0 ? MutateEdition(bytes, random) : Mutate(bytes, random)));

        // Both paths are run, and the reader's own checks as well as the parser's.
        Assert.InRange(readable, EditionVariants / 10, EditionVariants - (EditionVariants / 10));
        Assert.InRange(unreadable, EditionVariants / 10, EditionVariants - (EditionVariants / 10));
        Assert.Contains(ProblemCodes.InvalidJson, codes);
        Assert.Contains(ProblemCodes.WrongType, codes);
        Assert.Contains(ProblemCodes.DuplicateId, codes);
        Assert.Contains(ProblemCodes.UnknownItem, codes);
        Assert.Contains(ProblemCodes.EditionClash, codes);

        static List<string> Contents(IReadOnlyList<IntegrationFramework.Checklists.Framework> frameworks)
            => [
                .. frameworks.SelectMany(f => f.Checklist.Domains.Select(d => $"{f.Id} {f.Version} {f.DerivedFrom} {d.ThemeCode} {d.Code} {d.Name}")),
                .. frameworks.SelectMany(f => f.Checklist.Items.Select(i => $"{f.Id} {i.Id} {f.DerivedFrom?.Continues(i.Id)} {i.Text}")),
            ];
    }

    private static List<byte[]> ValidFiles(Func<Random, byte[]> write)
    {
        var random = new Random(2026_11_24);
        return [.. Enumerable.Range(0, 12).Select(_ => write(random))];
    }

    private static void Fuzz(List<byte[]> seeds, int variants, Action<byte[]> read, Func<byte[], Random, byte[]>? mutate = null)
    {
        var random = new Random(20_000);
        for (var i = 0; i < variants; i++)
        {
            var bytes = seeds[random.Next(seeds.Count)];
            for (var m = random.Next(1, 4); m > 0; m--)
            {
                bytes = (mutate ?? Mutate)(bytes, random);
            }

            Read(i, bytes, () =>
            {
                read(bytes);
                return (null, []);
            });
        }
    }

    /// <summary>Runs one read within <see cref="EachRead"/>: a value or errors, and every problem with a path.</summary>
    private static void Read(int variant, byte[] bytes, Func<(object? Value, IReadOnlyList<Problem> Problems)> read)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var (value, problems) = read();
            Assert.True(value is not null || problems.Count == 0 || problems.Any(p => p.Severity == ProblemSeverity.Error), $"Variant {variant} gave no value and no error.");
            Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Path)));
        }
        catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"Variant {variant} made the reader throw: {Encoding.UTF8.GetString(bytes)}", exception);
        }

        Assert.True(clock.Elapsed < EachRead, $"Variant {variant} took {clock.Elapsed.TotalSeconds:0.0} s to read, more than the bound of {EachRead.TotalSeconds} s.");
    }

    /// <summary>A ratings table changed as files are changed by hand and by spreadsheets.</summary>
    private static byte[] MutateTable(byte[] bytes, Random random)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split("\r\n").ToList();
        switch (random.Next(8))
        {
            case 0:
                return Mutate(bytes, random);
            case 1:
                return Encoding.UTF8.GetBytes(text.Replace(',', random.Next(2) == 0 ? ';' : '\t'));
            case 2:
                return [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];
            case 3:
                var line = random.Next(lines.Count);
                lines.Insert(line, lines[random.Next(lines.Count)]);
                return Encoding.UTF8.GetBytes(string.Join("\r\n", lines));
            case 4:
                lines.RemoveAt(random.Next(lines.Count));
                return Encoding.UTF8.GetBytes(string.Join("\r\n", lines));
            case 5:
                var at = random.Next(text.Length + 1);
                return Encoding.UTF8.GetBytes(text.Insert(at, random.Next(3) switch { 0 => "\"", 1 => ",", _ => "\n" }));
            case 6:
                var row = random.Next(lines.Count);
                var fields = lines[row].Split(',').ToList();
                fields.RemoveAt(random.Next(fields.Count));
                lines[row] = string.Join(',', fields);
                return Encoding.UTF8.GetBytes(string.Join("\r\n", lines));
            default:
                return Encoding.Latin1.GetBytes(text.Replace("e", "é", StringComparison.Ordinal));
        }
    }

    private static byte[] Mutate(byte[] bytes, Random random)
    {
        if (bytes.Length == 0)
        {
            return [(byte)random.Next(256)];
        }

        switch (random.Next(5))
        {
            case 0:
                var flipped = bytes.ToArray();
                flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                return flipped;
            case 1:
                return bytes[..random.Next(bytes.Length)];
            case 2:
            case 3:
                var tokens = Tokens(bytes);
                if (tokens.Count == 0)
                {
                    return bytes[..(bytes.Length / 2)];
                }

                var (start, length) = tokens[random.Next(tokens.Count)];
                return random.Next(2) == 0
                    ? [.. bytes[..(start + length)], .. bytes.AsSpan(start, length), .. bytes[(start + length)..]]
                    : [.. bytes[..start], .. bytes[(start + length)..]];
            default:
                var bit = bytes.ToArray();
                bit[random.Next(bit.Length)] ^= (byte)(1 << random.Next(8));
                return bit;
        }
    }

    /// <summary>An edition file changed as JSON: one value replaced, removed, repeated or moved, or a property added.</summary>
    private static byte[] MutateEdition(byte[] bytes, Random random)
    {
        JsonNode? root;
        var nodes = new List<JsonNode>();
        try
        {
            root = JsonNode.Parse(bytes);
            if (root is not null)
            {
                Walk(root, nodes);
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Not JSON (any more), or a name that is not UTF-8: the byte-level changes take it from here.
            root = null;
        }

        if (root is null)
        {
            return Mutate(bytes, random);
        }
        var node = nodes[random.Next(nodes.Count)];
        JsonNode? Value() => random.Next(16) switch
        {
            0 => null,
            1 => 0,
            2 => -1,
            3 => 1.5,
            4 => "",
            5 => " ",
            6 => "TRA.1",
            7 => "TRA.2",
            8 => "LOC.9",
            9 => "shifting-the-centre-of-gravity-2018",
            10 => "our-place-2026",
            11 => true,
            12 => new JsonArray(),
            13 => new JsonObject { ["id"] = "shifting-the-centre-of-gravity-2018", ["version"] = "1.0.0" },
            14 => 2_147_483_648L,
            _ => node.DeepClone(),
        };

        switch (random.Next(5))
        {
            case 0 when node.Parent is not null:
                node.ReplaceWith(Value());
                break;
            case 1 when node.Parent is JsonObject parent:
                parent.Remove(node.GetPropertyName());
                break;
            case 1 when node.Parent is JsonArray array:
                array.Remove(node);
                break;
            case 2 when node.Parent is JsonArray array:
                array.Insert(random.Next(array.Count + 1), node.DeepClone());
                break;
            case 3 when node.Parent is JsonArray { Count: > 1 } array:
                var index = array.IndexOf(node);
                var other = random.Next(array.Count);
                (array[index], array[other]) = (array[other]?.DeepClone(), node.DeepClone());
                break;
            default:
                if (node is JsonObject target)
                {
                    string[] names = ["id", "code", "text", "sameAs", "derivedFrom", "page", "section", "frameworks", "themes", "items", "source", "version", "year", "url"];
                    target[names[random.Next(names.Length)]] = Value();
                }

                break;
        }

        try
        {
            return Encoding.UTF8.GetBytes(root.ToJsonString());
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            // A string that is not UTF-8 cannot be written again.
            return Mutate(bytes, random);
        }
    }

    private static void Walk(JsonNode node, List<JsonNode> nodes)
    {
        nodes.Add(node);
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array,
            _ => [],
        };

        foreach (var child in children.OfType<JsonNode>().ToList())
        {
            Walk(child, nodes);
        }
    }

    /// <summary>The byte ranges of the JSON tokens of a file, as far as it parses.</summary>
    private static List<(int Start, int Length)> Tokens(byte[] bytes)
    {
        var tokens = new List<(int, int)>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                tokens.Add((start, (int)reader.BytesConsumed - start));
            }
        }
        catch (JsonException)
        {
            // A mutated file stops parsing somewhere; the tokens before it are enough.
        }

        return tokens;
    }

    /// <summary>Runs the fuzz off the test thread; a hang fails the test with a TimeoutException.</summary>
    private static Task RunWithin(TimeSpan limit, Action action) => Task.Run(action).WaitAsync(limit);
}
