using System.Globalization;

namespace IntegrationFramework.Evidence;

/// <summary>
/// A number a case example gives, with what it measures, over which period, and the document's own words for it.
/// </summary>
/// <remarks>
/// Values are magnitudes: a decrease of 2.1 per cent is the value 2.1 with a <see cref="Measure"/> that says
/// "decrease". Where the document gives no period, <see cref="Period"/> is <see langword="null"/>; nothing is inferred.
/// </remarks>
/// <param name="Value">The number as the document states it.</param>
/// <param name="Unit">The unit of <paramref name="Value"/>.</param>
/// <param name="Qualifier">How exactly the document states the number.</param>
/// <param name="Measure">What the number measures, in plain words.</param>
/// <param name="Period">The period or date the number covers, as the document states it; <see langword="null"/> where it states none.</param>
/// <param name="Kind">Whether the number is an outcome, a baseline, context or a target.</param>
/// <param name="Quote">The document's words that give the number.</param>
public sealed record Figure(
    decimal Value,
    FigureUnit Unit,
    FigureQualifier Qualifier,
    string Measure,
    string? Period,
    FigureKind Kind,
    string Quote)
{
    /// <summary>The value with its unit and qualifier, as a person would write it.</summary>
    /// <returns>For example <c>around £500,000</c>, <c>68 per cent</c>, <c>43p</c>, <c>4.5 hours</c>, <c>2015</c> or <c>May 2018</c>.</returns>
    public string FormatValue()
    {
        var number = Value.ToString("#,##0.##", CultureInfo.InvariantCulture);
        var value = Unit switch
        {
            FigureUnit.Percent => $"{number} per cent",
            FigureUnit.Pounds => $"£{number}",
            FigureUnit.Pence => $"{number}p",
            FigureUnit.Hours => $"{number} hours",
            FigureUnit.Years => $"{number} years",
            FigureUnit.CalendarYear => Value.ToString("0", CultureInfo.InvariantCulture),
            FigureUnit.CalendarMonth => new DateTime((int)(Value / 100), (int)(Value % 100), 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture),
            _ => number,
        };
        return Qualifier switch
        {
            FigureQualifier.Approximately => $"around {value}",
            FigureQualifier.MoreThan => $"more than {value}",
            FigureQualifier.UpTo => $"up to {value}",
            _ => value,
        };
    }

    /// <summary>The value, the measure and the period.</summary>
    /// <returns>For example <c>68 per cent: reduction in NHS 111 calls from Wirral care homes (2018/19 compared with 2017/18)</c>.</returns>
    public override string ToString() => Period is null ? $"{FormatValue()}: {Measure}" : $"{FormatValue()}: {Measure} ({Period})";
}
