using System.Runtime.CompilerServices;

namespace IntegrationFramework.Guards;

/// <summary>
/// The library's argument checks. Each message says what a valid value is, so the person who reads
/// the exception knows what to pass instead.
/// </summary>
internal static class Preconditions
{
    /// <summary>Checks that <paramref name="value"/> is not null.</summary>
    internal static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
        => value ?? throw new ArgumentNullException(name, $"{name} is required; it must not be null.");

    /// <summary>Checks that <paramref name="value"/> has at least one character that is not white space.</summary>
    internal static string NotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} must contain at least one character that is not white space.", name);
        }

        return value;
    }

    /// <summary>Checks that an optional text, when given, is not blank.</summary>
    internal static string? NullOrNotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value is null ? null : NotBlank(value, name);

    /// <summary>Checks that <paramref name="value"/> is a positive whole number (1 or more).</summary>
    internal static int Positive(int value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be a positive whole number (1 or more); it was {value}.");

    /// <summary>Checks that <paramref name="value"/> is a positive whole number (1 or more).</summary>
    internal static long Positive(long value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be a positive whole number (1 or more); it was {value}.");

    /// <summary>Checks that an optional number, when given, is positive.</summary>
    internal static int? NullOrPositive(int? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value is null ? null : Positive(value.Value, name);

    /// <summary>Checks that <paramref name="value"/> lies from <paramref name="min"/> to <paramref name="max"/> inclusive.</summary>
    internal static double InRange(double value, double min, double max, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value >= min && value <= max
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be from {min} to {max}; it was {value}.");

    /// <summary>Checks that <paramref name="value"/> is a finite number of zero or more.</summary>
    internal static double NonNegativeFinite(double value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => double.IsFinite(value) && value >= 0
            ? value
            : throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number of zero or more; it was {value}.");

    /// <summary>Checks that <paramref name="value"/> is one of the named members of its enum.</summary>
    internal static TEnum Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where TEnum : struct, Enum
        => Enum.IsDefined(value)
            ? value
            : throw new ArgumentOutOfRangeException(
                name,
                value,
                $"{name} must be one of {string.Join(", ", Enum.GetNames<TEnum>())}; it was {value}.");

    /// <summary>Checks that no element of <paramref name="values"/> is null.</summary>
    internal static Collections.EquatableArray<T> NoNulls<T>(Collections.EquatableArray<T> values, [CallerArgumentExpression(nameof(values))] string? name = null)
        where T : class
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is null)
            {
                throw new ArgumentException($"{name} must not contain null; the element at index {i} was null.", name);
            }
        }

        return values;
    }
}
