namespace IntegrationFramework.Scoring;

/// <summary>
/// Stores an optional number in a <see langword="long"/> whose zero means "none", so that a <see langword="default"/>
/// score struct has no values rather than zeros: the number's bits, exclusive-or the bits of NaN. The bits are kept
/// exactly, so a stored score reads back to the last bit; every NaN is stored as none.
/// </summary>
internal static class Missing
{
    private static readonly long NoneBits = BitConverter.DoubleToInt64Bits(double.NaN);

    /// <summary>The stored form of <paramref name="value"/>; zero for NaN.</summary>
    public static long Store(double value) => double.IsNaN(value) ? 0 : BitConverter.DoubleToInt64Bits(value) ^ NoneBits;

    /// <summary>The stored form of <paramref name="value"/>; zero for none.</summary>
    public static long Store(double? value) => Store(value ?? double.NaN);

    /// <summary>The number stored, or <see langword="null"/>.</summary>
    public static double? Load(long stored) => stored == 0 ? null : BitConverter.Int64BitsToDouble(stored ^ NoneBits);
}
