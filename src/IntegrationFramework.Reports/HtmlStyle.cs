namespace IntegrationFramework.Reports;

/// <summary>The report's style sheet, inlined so the page needs nothing from the network.</summary>
internal static class HtmlStyle
{
    public const string Css = """
        :root { color-scheme: light; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1d2939; line-height: 1.45; max-width: 64rem; margin: 2rem auto; padding: 0 1.25rem; }
        h1 { font-size: 1.75rem; margin: 0 0 .25rem; } h2 { font-size: 1.3rem; margin-top: 2.25rem; border-bottom: 2px solid #eaecf0; padding-bottom: .3rem; } h3 { font-size: 1.05rem; margin: 1.5rem 0 .25rem; }
        .meta, .note, figcaption { color: #475467; } .note { font-size: .9rem; }
        .summary { display: flex; flex-wrap: wrap; gap: 2rem; align-items: center; }
        .headline .score { font-size: 3rem; font-weight: 700; line-height: 1; }
        .stage { display: inline-block; padding: .05rem .5rem; border-radius: 999px; font-size: .85rem; font-weight: 600; }
        .stage-emerging { background: #fee4e2; color: #912018; } .stage-developing { background: #fef0c7; color: #93370d; }
        .stage-maturing { background: #d1e9ff; color: #1849a9; } .stage-thriving { background: #d1fadf; color: #05603a; } .stage-none { background: #f2f4f7; color: #475467; }
        figure { margin: 0; } svg.radar { max-width: 100%; height: auto; }
        .themes { display: grid; grid-template-columns: minmax(10rem, 18rem) 1fr 4rem; gap: .5rem 1rem; align-items: center; }
        .bar { position: relative; height: 1rem; background: #f2f4f7; border-radius: 4px; overflow: visible; }
        .bar > span { display: block; height: 100%; background: #2e90fa; border-radius: 4px; } .bar > i { position: absolute; top: -4px; bottom: -4px; width: 3px; background: #101828; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
        th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid #eaecf0; } th { background: #f9fafb; font-weight: 600; }
        td.num, th.num { text-align: right; white-space: nowrap; }
        tr.split { background: #fff6ed; } tr.split td:first-child { border-left: 4px solid #ef6820; }
        .tag { font-size: .8rem; font-weight: 600; color: #b93815; }
        .evidence { color: #475467; font-size: .85rem; margin: .2rem 0 0; white-space: pre-line; }
        ol.gaps li { margin-bottom: .35rem; } .examples li { margin-bottom: .5rem; }
        footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid #eaecf0; font-size: .85rem; color: #667085; }
        @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
        """;
}
