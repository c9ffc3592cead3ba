namespace IntegrationFramework.Reports;

/// <summary>
/// The report's style sheet, inlined so the page needs nothing from the network. On screen the page is one column up to
/// 64rem wide; printed it is A4, the summary fills page one, the appendix starts a new page, no table row breaks across
/// pages, and the page's own <c>@page</c> rule (<see cref="HtmlPage"/>) adds each page's footer.
/// </summary>
internal static class HtmlStyle
{
    public const string Css = """
        :root { color-scheme: light; }
        *, *::before, *::after { box-sizing: border-box; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1d2939; background: #ffffff; line-height: 1.45; max-width: 64rem; margin: 2rem auto; padding: 0 1.25rem; overflow-wrap: break-word; }
        h1 { font-size: 1.75rem; margin: 0 0 .25rem; } h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #eaecf0; padding-bottom: .3rem; }
        h3 { font-size: 1.05rem; margin: 1.4rem 0 .25rem; } h4 { font-size: .95rem; margin: .8rem 0 .25rem; }
        .meta, .note, figcaption { color: #475467; } .note { font-size: .9rem; } p { margin: .3rem 0; }
        a { color: #175cd3; }
        .headline { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center; margin-top: 1rem; }
        .headline .score { font-size: 3rem; font-weight: 700; line-height: 1; margin: 0; }
        .caution { flex-basis: 100%; background: #fffaeb; border-left: 4px solid #b54708; padding: .5rem .75rem; color: #7a2e0e; }
        .stage { display: inline-block; padding: .05rem .5rem; border-radius: 999px; font-size: .85rem; font-weight: 600; }
        .stage-emerging { background: #fee4e2; color: #912018; } .stage-developing { background: #fef0c7; color: #93370d; }
        .stage-maturing { background: #d1e9ff; color: #1849a9; } .stage-thriving { background: #d1fadf; color: #05603a; } .stage-none { background: #f2f4f7; color: #475467; }
        figure { margin: 0; }
        .radar-figure { display: grid; grid-template-columns: minmax(0, 5fr) minmax(0, 4fr); gap: .5rem 1.25rem; align-items: center; margin: 1rem 0; }
        .radar-figure figcaption { grid-column: 1 / -1; font-size: .85rem; }
        svg.radar { display: block; width: 100%; height: auto; }
        table.legend { font-size: .85rem; margin: 0; } table.legend caption { text-align: left; font-weight: 600; padding-bottom: .25rem; }
        table.legend th[scope=row] { font-weight: 400; background: none; }
        .key { display: inline-block; width: 1.4rem; margin-right: .3rem; border-top: 3px solid; vertical-align: middle; } .key.dashed { border-top-style: dashed; } .key.band { border-top: 8px solid #84caff; opacity: .7; } td.band { white-space: nowrap; }
        .themes { display: grid; grid-template-columns: minmax(8rem, 18rem) minmax(4rem, 1fr) 3.5rem auto; gap: .4rem 1rem; align-items: center; }
        .bar { position: relative; height: 1rem; background: #f2f4f7; border-radius: 4px; }
        .bar > span { display: block; height: 100%; background: #2e90fa; border-radius: 4px; } .bar > i { position: absolute; top: -4px; bottom: -4px; width: 3px; background: #101828; }
        .split-count { margin-top: .75rem; font-weight: 600; }
        .table-wrap { max-width: 100%; overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
        th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #eaecf0; } th { background: #f9fafb; font-weight: 600; }
        td.num, th.num, div.num { text-align: right; white-space: nowrap; }
        table.items { table-layout: fixed; } col.item-text { width: 50%; } col.consensus { width: 14%; } col.points { width: 7%; } col.agreement { width: 12%; } col.target { width: 12%; } col.gap { width: 5%; } col.change { width: 12%; }
        table.partners { table-layout: fixed; } col.partner { width: 24%; } col.level { width: 19%; }
        tr.split { background: #fff6ed; } tr.split td:first-child { border-left: 4px solid #c4320a; }
        tr.agreed { background: #ecfdf3; } tr.agreed td:first-child { border-left: 4px solid #039855; }
        tr.has-evidence td { border-bottom: none; } tr.evidence-row td { padding-top: 0; }
        .tag { font-size: .8rem; font-weight: 600; color: #b42318; } .tag.agreed { color: #05603a; } .agreed-count { font-weight: 600; }
        .evidence { color: #475467; font-size: .85rem; margin: .2rem 0 0; white-space: pre-line; }
        ol.gaps li, ol.gaps-more li { margin-bottom: .3rem; } .examples li { margin-bottom: .4rem; }
        .explain { font-size: .92rem; } .alpha { font-size: .92rem; color: #344054; }
        .agenda-item { border-left: 4px solid #d0d5dd; padding-left: .75rem; margin: 1rem 0; } .agenda-item.split { border-left-color: #c4320a; }
        footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid #eaecf0; font-size: .85rem; color: #475467; }
        @media (max-width: 40rem) {
          body { margin: 1rem auto; padding: 0 .75rem; }
          .radar-figure { grid-template-columns: minmax(0, 1fr); }
          .themes { grid-template-columns: minmax(0, 1.2fr) minmax(3rem, 1fr) 2.5rem; gap: .4rem .5rem; } .theme-stage { grid-column: 1 / -1; }
          table.items, table.partners { table-layout: auto; min-width: 34rem; }
          table.legend { font-size: .85rem; } table.legend td.band { white-space: normal; } table.legend th, table.legend td { padding: .3rem .3rem; } table.legend .key { width: .7rem; margin-right: .15rem; }
        }
        @page { size: A4; margin: 13mm 12mm 15mm; @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #475467; } @bottom-left { font: 8pt system-ui, sans-serif; color: #475467; } }
        @media print {
          html { font-size: 8.5pt; } body { margin: 0; padding: 0; max-width: none; font-size: 1rem; line-height: 1.3; }
          h1 { font-size: 1.6rem; } h2 { margin-top: 1rem; break-after: avoid; } h3, h4 { break-after: avoid; }
          .headline { margin-top: .25rem; }
          .radar-figure { grid-template-columns: 50% 1fr; margin: .25rem 0; } table.legend { font-size: .8rem; }
          .bar, .bar > span, .bar > i, .stage, .caution, tr.split, tr.agreed { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .summary ol.gaps { font-size: .9rem; line-height: 1.25; } ol.gaps li { margin-bottom: .1rem; }
          table { margin: .25rem 0 .5rem; } th, td { padding: .15rem .35rem; }
          .themes { gap: .15rem 1rem; }
          .summary { break-after: page; } .summary h2 { margin-top: .5rem; }
          section.domain h3 { break-after: avoid; } .explain, .alpha { break-inside: avoid; } .appendix { break-before: page; }
          tr, .agenda-item h3, .agenda-item h4, .weak li { break-inside: avoid; } thead { display: table-header-group; }
          .appendix table { font-size: .92rem; } .appendix .evidence { font-size: .8rem; line-height: 1.25; } .agenda-item { margin: .35rem 0; } .agenda-item table { margin: .1rem 0 .2rem; } .agenda-item h4, .agenda-item h3 { margin: .2rem 0; }
          .table-wrap { overflow: visible; }
          a { color: inherit; text-decoration: none; }
          footer { margin-top: 1rem; }
        }
        """;
}
