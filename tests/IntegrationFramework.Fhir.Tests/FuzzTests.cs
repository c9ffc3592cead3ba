using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using IntegrationFramework.Tests.TestSupport;

namespace IntegrationFramework.Fhir.Tests;

/// <summary>Mutated FHIR files never make the response reader throw, and each gives an assessment or an error.</summary>
public sealed class FuzzTests
{
    [Fact]
    public async System.Threading.Tasks.Task Mutated_response_bundles_never_throw_and_always_say_why_they_fail()
    {
        var random = new Random(2026);
        var seeds = Enumerable.Range(0, 6).Select(_ =>
        {
            var assessment = AssessmentGenerators.Build(random, Frameworks.All[random.Next(2)], random.Next(1, 3), random.Next(3, 15), 10, false, false);
            var bundle = new Bundle { Type = Bundle.BundleType.Collection };
            bundle.Entry.AddRange(ResponseExport.For(assessment).Select(r => new Bundle.EntryComponent { Resource = r }));
            return Encoding.UTF8.GetBytes(new FhirJsonSerializer().SerializeToString(bundle));
        }).ToList();

        // A hang fails the test with a TimeoutException after three minutes.
        await System.Threading.Tasks.Task.Run(() =>
        {
            for (var i = 0; i < 3_000; i++)
            {
                var bytes = Mutate(seeds[random.Next(seeds.Count)], random);
                var clock = System.Diagnostics.Stopwatch.StartNew();
                try
                {
                    var result = ResponseImport.Read(bytes);
                    Assert.True(result.Value is not null || !result.Errors.IsEmpty);
                    Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Path)));
                }
                catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
                {
                    throw new InvalidOperationException($"Variant {i} made the reader throw: {Encoding.UTF8.GetString(bytes)}", exception);
                }

                // A bound against hangs, not a timing: each read takes milliseconds.
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"Variant {i} took {clock.Elapsed.TotalSeconds:0.0} s, more than the bound of 2 s.");
            }
        }).WaitAsync(TimeSpan.FromMinutes(3));
    }

    private static byte[] Mutate(byte[] bytes, Random random)
    {
        var tokens = new List<(int Start, int Length)>();
        var reader = new Utf8JsonReader(bytes);
        while (reader.Read())
        {
            tokens.Add(((int)reader.TokenStartIndex, (int)(reader.BytesConsumed - reader.TokenStartIndex)));
        }

        var (start, length) = tokens[random.Next(tokens.Count)];
        return random.Next(4) switch
        {
            0 => [.. bytes[..(start + length)], .. bytes.AsSpan(start, length), .. bytes[(start + length)..]],
            1 => [.. bytes[..start], .. bytes[(start + length)..]],
            2 => bytes[..random.Next(bytes.Length)],
            _ => [.. bytes[..start], (byte)random.Next(256), .. bytes[(start + 1)..]],
        };
    }
}
