using System.Diagnostics;

namespace IntegrationFramework.Scoring;

/// <summary>
/// Combines values under a policy's <see cref="Aggregation"/>: their weighted mean, or their lowest (weakest link).
/// Values are added in a fixed order by the caller, so results are reproducible to the last bit.
/// </summary>
/// <remarks>
/// Four numbers and nothing else (the rule comes with <see cref="Value"/>, and nothing was added while the lowest is
/// still +∞), so that the JIT keeps an aggregator in registers in the scorer's loop rather than on the stack. Create
/// one with <c>new Aggregator()</c>, never <see langword="default"/> or an array's empty element: those have a lowest
/// of 0, not +∞, and would read as something added.
/// </remarks>
internal struct Aggregator()
{
    private double sum;
    private double weights;
    private double lowest = double.PositiveInfinity;
    private double highest = double.NegativeInfinity;

    /// <summary>Adds a value, which is a number (never NaN: scores without a value are left out, not added).</summary>
    public void Add(double value, double weight)
    {
        Debug.Assert(!double.IsNaN(value), "Scores without a value are left out, not added as NaN.");
        sum += value * weight;
        weights += weight;

        // Values are numbers, so the processor's own minimum and maximum are exact here but for the sign of a zero, which
        // Math.Min and Math.Max also order, at four instructions each in the scorer's loop. Scores are never −0; a −0
        // from a card file reaches only a mean, which is at least +0 and so is never clamped to that bound.
        lowest = double.MinNative(lowest, value);
        highest = double.MaxNative(highest, value);
    }

    public void Add(double? value, double weight)
    {
        if (value is { } v)
        {
            Add(v, weight);
        }
    }

    /// <summary>
    /// The combined value under <paramref name="rule"/>, or null when nothing was added. A mean lies between the lowest
    /// and highest value added; it is held there against rounding in the last bit.
    /// </summary>
    public readonly double? Value(Aggregation rule)
        => double.IsPositiveInfinity(lowest) ? null
            : rule == Aggregation.WeakestLink ? lowest
            : Math.Clamp(sum / weights, lowest, highest);
}
