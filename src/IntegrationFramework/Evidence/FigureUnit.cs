namespace IntegrationFramework.Evidence;

/// <summary>The unit of a figure's value.</summary>
public enum FigureUnit
{
    /// <summary>A number of things: calls, care homes, teams.</summary>
    Count = 1,

    /// <summary>Per cent.</summary>
    Percent,

    /// <summary>Pounds sterling.</summary>
    Pounds,

    /// <summary>Pence sterling.</summary>
    Pence,

    /// <summary>Hours.</summary>
    Hours,

    /// <summary>Years.</summary>
    Years,

    /// <summary>A calendar year, such as 2015: when something happened or will.</summary>
    CalendarYear,

    /// <summary>A calendar month, its <see cref="Figure.Value"/> written as year and month, yyyyMM: 201805 is May 2018.</summary>
    CalendarMonth,
}
