using System.Text;
using System.Text.Json;
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

    private static List<byte[]> ValidFiles(Func<Random, byte[]> write)
    {
        var random = new Random(2026_11_24);
        return [.. Enumerable.Range(0, 12).Select(_ => write(random))];
    }

    private static void Fuzz(List<byte[]> seeds, int variants, Action<byte[]> read)
    {
        var random = new Random(20_000);
        for (var i = 0; i < variants; i++)
        {
            var bytes = seeds[random.Next(seeds.Count)];
            for (var m = random.Next(1, 4); m > 0; m--)
            {
                bytes = Mutate(bytes, random);
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
