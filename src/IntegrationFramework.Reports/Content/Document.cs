namespace IntegrationFramework.Reports.Content;

/// <summary>
/// A report's content, built once for every format: its header, its sections in order, and its footer. The text,
/// Markdown and HTML writers render the same document, so every format has the same sections, rows and sentences;
/// only what a format cannot show (the radar chart) is left out of the others.
/// </summary>
/// <param name="Kind">What the report is, such as "Integration score card".</param>
/// <param name="Title">The document's title, such as "Croydon: integration score card, 6 October 2025".</param>
/// <param name="Heading">The top heading, such as "Croydon: integration score card".</param>
/// <param name="Name">What the report is of, such as the footprint's name, the HTML page's main heading.</param>
/// <param name="About">The lines under the heading: the footprint, the date, the framework.</param>
/// <param name="Printed">What each printed page's footer names beside its number: the footprint and the date.</param>
/// <param name="Sections">The sections, in order.</param>
/// <param name="Footer">The closing lines: the policy, the framework, the source.</param>
internal sealed record Document(string Kind, string Title, string Heading, string Name, List<Text> About, string Printed, List<Section> Sections, List<Text> Footer);

/// <summary>
/// A part of a report with a heading (or none, for the summary), blocks, and sections below it. The id is its anchor in
/// HTML and how tests name it in every format.
/// </summary>
/// <param name="Id">A stable name, such as <c>work</c> or <c>domain-TRA</c>.</param>
/// <param name="Heading">The heading; <see langword="null"/> for a section shown without one.</param>
/// <param name="Blocks">What it holds, in order, before its subsections.</param>
internal sealed record Section(string Id, Text? Heading, List<Block> Blocks)
{
    /// <summary>The sections below it.</summary>
    public List<Section> Sections { get; init; } = [];

    /// <summary>The HTML element's class and data attributes.</summary>
    public Marks Marks { get; init; } = Marks.None;

    /// <summary>Whether the HTML element carries <see cref="Id"/> as its id (an anchor links point at).</summary>
    public bool Anchored { get; init; }

    /// <summary>The HTML element: <c>section</c>, or <c>article</c> for an item of the meeting's pack, <c>div</c> for an aside.</summary>
    public string Element { get; init; } = "section";

    /// <summary>What a section without a heading is called, for a screen reader (HTML <c>aria-label</c>).</summary>
    public string? Label { get; init; }
}

/// <summary>Something a section holds.</summary>
internal abstract record Block
{
    /// <summary>The HTML element's class and data attributes.</summary>
    public Marks Marks { get; init; } = Marks.None;
}

/// <summary>A paragraph.</summary>
/// <param name="Text">Its text.</param>
internal sealed record Paragraph(Text Text) : Block;

/// <summary>A caution that the headline may mislead, set apart.</summary>
/// <param name="Text">Its text.</param>
internal sealed record Caution(Text Text) : Block;

/// <summary>A list, numbered or not.</summary>
/// <param name="Items">Its items.</param>
/// <param name="Ordered">Whether it is numbered.</param>
/// <param name="Start">The first item's number.</param>
internal sealed record ItemList(List<ListItem> Items, bool Ordered, int Start = 1) : Block;

/// <summary>An item of a list.</summary>
/// <param name="Text">Its text.</param>
/// <param name="Marks">The HTML element's data attributes.</param>
internal sealed record ListItem(Text Text, Marks Marks);

/// <summary>A table: its columns and rows.</summary>
/// <param name="Columns">The columns, in order.</param>
/// <param name="Rows">The rows, in order.</param>
internal sealed record Table(List<Column> Columns, List<Row> Rows) : Block
{
    /// <summary>What the table is, for a screen reader (HTML caption) where its heading does not say.</summary>
    public string? Caption { get; init; }
}

/// <summary>A column of a table.</summary>
/// <param name="Header">Its heading.</param>
/// <param name="Numeric">Whether it holds numbers, aligned right.</param>
/// <param name="Width">Its width in characters in plain text (longer text is cut with an ellipsis); <see langword="null"/> to fit.</param>
/// <param name="Class">The class of its HTML <c>col</c>, which sets its printed width; <see langword="null"/> for none.</param>
/// <param name="Below">Whether plain text writes the cell on a line of its own under the row (long text such as evidence) rather than in a column.</param>
internal sealed record Column(string Header, bool Numeric = false, int? Width = null, string? Class = null, bool Below = false);

/// <summary>A row of a table, with an optional note under it across the whole row (evidence).</summary>
/// <param name="Cells">A cell per column.</param>
internal sealed record Row(List<Text> Cells)
{
    /// <summary>The HTML row's id, class and data attributes.</summary>
    public Marks Marks { get; init; } = Marks.None;

    /// <summary>Whether the first cell heads the row (HTML <c>th scope=row</c>).</summary>
    public bool Headed { get; init; }

    /// <summary>Lines under the row, across it: each partner's evidence, what the meeting agreed.</summary>
    public List<Detail> Details { get; init; } = [];

    /// <summary>The HTML class and data attributes of the row of <see cref="Details"/>.</summary>
    public Marks DetailMarks { get; init; } = Marks.None;
}

/// <summary>A line under a row of a table, across it.</summary>
/// <param name="Label">What it is, such as a partner's name or "Consensus meeting".</param>
/// <param name="Text">What it says.</param>
/// <param name="Class">Its HTML class besides <c>evidence</c>, or none.</param>
internal sealed record Detail(string Label, string Text, string? Class = null);

/// <summary>The headline of a score card: the overall score, its stage, its band, the coverage and the target.</summary>
/// <param name="Score">The overall score, as written.</param>
/// <param name="Stage">The stage as the report prints it.</param>
/// <param name="Band">The partner band, as written ("—" for none).</param>
/// <param name="Coverage">The coverage, as written.</param>
/// <param name="Target">The target score, as written.</param>
internal sealed record Headline(string Score, StageReading Stage, string Band, string Coverage, string Target) : Block;

/// <summary>The themes' scores: bars in HTML, a table elsewhere.</summary>
/// <param name="Themes">Each theme's code, name, score and target.</param>
internal sealed record ThemeBars(List<ThemeBar> Themes) : Block;

/// <summary>A theme's bar.</summary>
/// <param name="Code">The theme's code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Score">Its score, or none.</param>
/// <param name="Stage">Its stage as the report prints it.</param>
/// <param name="Band">Its partner band, as written ("—" for none).</param>
/// <param name="Target">Its target score, or none.</param>
internal sealed record ThemeBar(string Code, string Name, double? Score, StageReading Stage, string Band, double? Target);

/// <summary>
/// The domains' scores as a radar chart with its legend (HTML), and as <see cref="Table"/> where a format cannot draw
/// the chart: the same values either way.
/// </summary>
/// <param name="Title">What the chart shows.</param>
/// <param name="Caption">How to read it.</param>
/// <param name="Axes">An axis per domain.</param>
/// <param name="Series">The shapes drawn.</param>
/// <param name="Table">The same values as a table, for formats without the chart.</param>
/// <param name="Bands">Each axis's partner band, drawn along it and given in the legend; <see langword="null"/> without bands.</param>
internal sealed record Chart(string Title, string Caption, RadarAxis[] Axes, RadarSeries[] Series, Table? Table, Scoring.ScoreBand?[]? Bands = null) : Block;
