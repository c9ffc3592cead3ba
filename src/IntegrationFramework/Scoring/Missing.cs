using System.Diagnostics;

namespace IntegrationFramework.Scoring;

/// <summary>
/// Stores an optional number in a <see langword="long"/> whose zero means "none", so that a <see langword="default"/>
/// score struct has no values rather than zeros: the number's bits, exclusive-or the bits of NaN. The bits are kept
/// exactly, so a stored score reads back to the last bit; every NaN is stored as none. A score stored with a flag
/// (<see cref="StoreFlagged"/>) keeps its bits too, except that −0, which a score card file may spell, reads back as 0.
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

    /// <summary>
    /// The stored form of a score, which is never negative, or NaN for none, with <paramref name="flag"/> in the sign
    /// bit: a score struct's one yes-or-no then costs no field of its own, and the struct no padding (8 bytes a domain,
    /// theme and overall score). The number's bits plus one (zero for none) leave the sign bit clear, as the bits of a
    /// number that is not negative are at most those of +∞. −0 is stored as +0.
    /// </summary>
    public static long StoreFlagged(double value, bool flag)
    {
        Debug.Assert(!(value < 0), $"Only numbers that are never negative leave the sign bit for a flag: {value}.");
        return (double.IsNaN(value) ? 0 : BitConverter.DoubleToInt64Bits(value + 0.0) + 1) | (flag ? long.MinValue : 0);
    }

    /// <summary>The number <see cref="StoreFlagged"/> stored, or <see langword="null"/>.</summary>
    public static double? LoadFlagged(long stored)
        => (stored & long.MaxValue) is var bits && bits == 0 ? null : BitConverter.Int64BitsToDouble(bits - 1);

    /// <summary>The flag <see cref="StoreFlagged"/> stored.</summary>
    public static bool Flag(long stored) => stored < 0;
}
