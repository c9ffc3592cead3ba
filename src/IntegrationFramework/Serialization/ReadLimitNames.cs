namespace IntegrationFramework.Serialization;

/// <summary>What raises each limit of <see cref="ReadOptions"/>, as the message that enforces it names it.</summary>
/// <param name="MaxBytes">What raises the size limit, such as <c>ReadOptions.MaxBytes</c> or <c>--max-file-mib</c>.</param>
/// <param name="MaxRatings">What raises the limit on ratings, such as <c>ReadOptions.MaxRatings</c> or <c>--max-ratings</c>.</param>
public sealed record ReadLimitNames(string MaxBytes, string MaxRatings)
{
    /// <summary>The names of the options themselves: <c>ReadOptions.MaxBytes</c> and <c>ReadOptions.MaxRatings</c>.</summary>
    public static ReadLimitNames Default { get; } = new("ReadOptions.MaxBytes", "ReadOptions.MaxRatings");
}
