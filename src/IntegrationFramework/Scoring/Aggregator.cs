namespace IntegrationFramework.Scoring;

/// <summary>
/// Combines values under a policy's <see cref="Aggregation"/>: their weighted mean, or their lowest (weakest link).
/// Values are added in a fixed order by the caller, so results are reproducible to the last bit.
/// </summary>
internal struct Aggregator(Aggregation rule)
{
    private double sum;
    private double weights;
    private double lowest = double.PositiveInfinity;
    private double highest = double.NegativeInfinity;
    private int count;

    public void Add(double value, double weight)
    {
        sum += value * weight;
        weights += weight;
        lowest = Math.Min(lowest, value);
        highest = Math.Max(highest, value);
        count++;
    }

    public void Add(double? value, double weight)
    {
        if (value is { } v)
        {
            Add(v, weight);
        }
    }

    /// <summary>
    /// The combined value, or null when nothing was added. A mean lies between the lowest and highest value added;
    /// it is held there against rounding in the last bit.
    /// </summary>
    public readonly double? Value()
        => count == 0 ? null
            : rule == Aggregation.WeakestLink ? lowest
            : Math.Clamp(sum / weights, lowest, highest);
}
