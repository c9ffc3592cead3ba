namespace IntegrationFramework.Reports.Content;

/// <summary>How a run of text is shown.</summary>
internal enum Style
{
    /// <summary>As it is.</summary>
    Plain,

    /// <summary>Bold.</summary>
    Strong,

    /// <summary>In italics.</summary>
    Emphasis,

    /// <summary>A link to a place in the report (its target an anchor); plain text where a format has no links.</summary>
    Link,

    /// <summary>A short label beside an item, such as "split: agree where you stand first".</summary>
    Tag,

    /// <summary>A stage, shown as a coloured pill in HTML.</summary>
    Stage,

    /// <summary>An aside in a quieter colour in HTML, such as where an item stands beside its text.</summary>
    Quiet,
}

/// <summary>A run of text in one style.</summary>
/// <param name="Value">The text, as written (each writer escapes it for its format).</param>
/// <param name="Style">How it is shown.</param>
/// <param name="Target">Where a link goes (an anchor, without <c>#</c>), or a tag's kind (its HTML class).</param>
internal readonly record struct Span(string Value, Style Style = Style.Plain, string? Target = null);

/// <summary>Text made of runs: what a paragraph, a cell or an item says.</summary>
/// <param name="Spans">The runs, in order.</param>
internal sealed record Text(List<Span> Spans)
{
    /// <summary>Plain text.</summary>
    public static implicit operator Text(string value) => new([new Span(value)]);

    /// <summary>The text without its styles, as plain text shows it.</summary>
    public string Plain => string.Concat(Spans.Select(s => s.Value));

    /// <summary>This text followed by <paramref name="more"/>.</summary>
    public Text Then(Text more) => new([.. Spans, .. more.Spans]);

    /// <summary>This text followed by a run.</summary>
    public Text Then(string value, Style style = Style.Plain, string? target = null) => new([.. Spans, new Span(value, style, target)]);

    /// <summary>A run of one style.</summary>
    public static Text Of(string value, Style style, string? target = null) => new([new Span(value, style, target)]);

    /// <summary>Runs joined, as a list in a sentence: "a, b and c".</summary>
    public static Text Join(IReadOnlyList<Text> parts, string comma = ", ", string last = " and ")
    {
        var text = new Text([]);
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                text = text.Then(i == parts.Count - 1 ? last : comma);
            }

            text = text.Then(parts[i]);
        }

        return text;
    }
}

/// <summary>What an HTML element carries besides its text: an id, classes and data attributes, which the page's style and its tests use.</summary>
/// <param name="Id">The element's id, or none.</param>
/// <param name="Class">Its classes, space-separated, or none.</param>
/// <param name="Data">Its <c>data-</c> attributes, by name without the prefix.</param>
internal sealed record Marks(string? Id, string? Class, IReadOnlyList<KeyValuePair<string, string>> Data)
{
    /// <summary>Nothing.</summary>
    public static Marks None { get; } = new(null, null, []);

    /// <summary>Classes alone.</summary>
    public static Marks Classes(string? @class) => string.IsNullOrWhiteSpace(@class) ? None : new(null, @class.Trim(), []);

    /// <summary>One data attribute, and classes.</summary>
    public static Marks Of(string name, string value, string? @class = null) => new(null, string.IsNullOrWhiteSpace(@class) ? null : @class.Trim(), [new(name, value)]);

    /// <summary>These marks with another data attribute.</summary>
    public Marks With(string name, string value) => this with { Data = [.. Data, new(name, value)] };
}
