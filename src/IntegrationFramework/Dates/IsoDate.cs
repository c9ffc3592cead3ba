using NodaTime;
using NodaTime.Text;

namespace IntegrationFramework.Dates;

/// <summary>
/// Dates as the files and messages write them: ISO 8601 calendar dates, <c>yyyy-MM-dd</c>, such as <c>2018-10-01</c>.
/// </summary>
/// <remarks>
/// The same as NodaTime's <see cref="LocalDatePattern.Iso"/> for the years 1 to 9999, without building a pattern:
/// a command that reads one file and writes one report starts faster for it. Other years are left to NodaTime.
/// </remarks>
public static class IsoDate
{
    /// <summary>The date written in <paramref name="text"/>, or <see langword="null"/> when it is not <c>yyyy-MM-dd</c> or no such day exists.</summary>
    /// <param name="text">The text, such as <c>2018-10-01</c>; nothing before or after the date.</param>
    /// <returns>The date, or <see langword="null"/>.</returns>
    public static LocalDate? Parse(string? text)
    {
        if (text is not { Length: 10 } || text[4] != '-' || text[7] != '-'
            || !Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day))
        {
            return null;
        }

        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? new LocalDate(year, month, day)
            : null;
    }

    /// <summary>The date as <c>yyyy-MM-dd</c>.</summary>
    /// <param name="date">A date.</param>
    /// <returns>For example <c>2018-10-01</c>.</returns>
    public static string Format(LocalDate date)
    {
        if (date.Year is < 1 or > 9999)
        {
            return LocalDatePattern.Iso.Format(date);
        }

        Span<char> text = stackalloc char[10];
        Write(text, 0, date.Year, 4);
        text[4] = '-';
        Write(text, 5, date.Month, 2);
        text[7] = '-';
        Write(text, 8, date.Day, 2);
        return new string(text);
    }

    private static void Write(Span<char> text, int start, int value, int count)
    {
        for (var i = start + count - 1; i >= start; i--)
        {
            text[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    private static bool Digits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
