using IntegrationFramework.Cli.Tests.Commands;

namespace IntegrationFramework.Cli.Tests.Files;

/// <summary>
/// Scoring reads each item's counts, and sums alpha's pairs, with vector instructions where the processor has them, and
/// without where it has not (LevelCounts, KrippendorffAlpha). Both must give the same cards to the last bit: the real
/// ifw, run with the runtime's hardware intrinsics switched off, prints what it prints with them.
/// </summary>
public sealed class WithoutVectorsTests
{
    private static readonly Dictionary<string, string> NoVectors = new() { ["DOTNET_EnableHWIntrinsic"] = "0" };

    [Theory]
    [InlineData("croydon-2025.json")]
    [InlineData("nottinghamshire-2025.json")]
    [InlineData("plymouth-2026.json")]
    public async Task A_card_with_its_bands_is_the_same_without_vector_instructions(string sample)
    {
        var data = Path.Combine(PeersCommandTests.FindRoot(), "samples", "data");
        string[] arguments = ["score", Path.Combine(data, sample), "-f", "json", "-o", "-"];

        var with = await RealProcess.Run(data, [], arguments);
        var without = await RealProcess.RunWith(NoVectors, data, [], arguments);

        Assert.Equal((0, ""), (with.Exit, with.Error));
        Assert.Equal((0, ""), (without.Exit, without.Error));
        Assert.Contains("\"band\"", with.Output, StringComparison.Ordinal);
        Assert.Equal(with.Output, without.Output);
    }
}
