namespace IntegrationFramework.Evidence;

/// <summary>How exactly a document states a figure.</summary>
public enum FigureQualifier
{
    /// <summary>Stated as an exact value.</summary>
    Exact = 0,

    /// <summary>Stated as "around" or "about" the value.</summary>
    Approximately,

    /// <summary>Stated as "more than" or "over" the value.</summary>
    MoreThan,

    /// <summary>Stated as "up to" the value.</summary>
    UpTo,
}
