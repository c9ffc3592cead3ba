namespace IntegrationFramework.Evidence;

/// <summary>What a figure in a case example reports.</summary>
public enum FigureKind
{
    /// <summary>A result the document attributes to the work, such as 68 per cent fewer NHS 111 calls.</summary>
    Outcome = 1,

    /// <summary>The position before the work, against which an outcome is measured, such as 49 delayed transfers of care.</summary>
    Baseline,

    /// <summary>The size or setting of the work, such as 76 care homes or a £500,000 contract.</summary>
    Context,

    /// <summary>An aim not yet achieved, such as up to 14,000 users over a pilot.</summary>
    Target,
}
