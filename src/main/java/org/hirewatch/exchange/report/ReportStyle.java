package org.hirewatch.exchange.report;

/**
 * The report's style sheet. Paged output (PDF) gets A4 pages with the running header and footer in the margins;
 * tables use fixed column widths and long values (hashes, URLs) wrap anywhere, so nothing runs off the page.
 */
final class ReportStyle {
    private static final String COMMON = """
            body { font-family: 'Report Sans', 'DejaVu Sans', Helvetica, Arial, sans-serif; font-size: 9.5pt;
                   color: #1b1f24; line-height: 1.35; }
            h1 { font-size: 20pt; margin: 4pt 0 2pt 0; }
            h2 { font-size: 13.5pt; margin: 16pt 0 6pt 0; padding-bottom: 2pt; border-bottom: 1.5pt solid #2b4c7e;
                 color: #2b4c7e; page-break-after: avoid; }
            h3 { font-size: 10.5pt; margin: 10pt 0 4pt 0; page-break-after: avoid; }
            p { margin: 3pt 0; }
            .kicker { text-transform: uppercase; letter-spacing: 1pt; color: #5a6472; font-size: 8.5pt; margin-top: 0; }
            .case-title { font-size: 12pt; color: #333; }
            .notice { border: 1pt solid #b58b00; background: #fff8e1; padding: 6pt 8pt; margin: 10pt 0; }
            .notice.redacted { border-color: #2b4c7e; background: #eef3fb; }
            .notice-head { font-weight: bold; }
            .banner { border-left: 3pt solid #b3261e; background: #fdecea; padding: 4pt 6pt; font-weight: bold; }
            .verified { border-left: 3pt solid #2e7d32; background: #eaf5ea; padding: 4pt 6pt; }
            .fairness { border-left: 3pt solid #2b4c7e; background: #eef3fb; padding: 4pt 6pt; }
            .hint, .meta { color: #5a6472; font-size: 8.5pt; }
            .subhead { font-weight: bold; margin-top: 6pt; page-break-after: avoid; }
            .explanation { font-size: 10pt; margin: 2pt 0 4pt 0; }
            .id, .item-no { font-weight: bold; }
            table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 4pt 0 6pt 0;
                    -fs-table-paginate: paginate; }
            th, td { text-align: left; vertical-align: top; padding: 2.5pt 4pt; border-bottom: 0.5pt solid #c9d1dc;
                     word-wrap: break-word; overflow-wrap: break-word; }
            tr { page-break-inside: avoid; }
            thead th { background: #e8edf4; border-bottom: 1pt solid #8796ab; }
            table.facts th { font-weight: bold; color: #3c4652; background: #f5f7fa; }
            td.num { text-align: right; }
            tr.total td { font-weight: bold; border-top: 1pt solid #8796ab; }
            .hash { font-family: 'Report Mono', 'DejaVu Sans Mono', Courier, monospace; font-size: 7.5pt;
                    word-break: break-all; word-wrap: break-word; }
            ul { margin: 2pt 0 4pt 0; padding-left: 14pt; }
            li { margin: 2pt 0; page-break-inside: avoid; }
            .summary { color: #3c4652; word-wrap: break-word; }
            .finding-head { page-break-inside: avoid; }
            .finding, .evidence { border-left: 2pt solid #c9d1dc; padding-left: 7pt; margin: 8pt 0 10pt 0; }
            .note { border-bottom: 0.5pt dotted #c9d1dc; padding: 3pt 0; page-break-inside: avoid; }
            .note .body { word-wrap: break-word; }
            .doc-header, .doc-footer { color: #5a6472; font-size: 8.5pt; }
            .doc-header { border-bottom: 0.5pt solid #c9d1dc; padding-bottom: 3pt; margin-bottom: 8pt; }
            .doc-footer { border-top: 0.5pt solid #c9d1dc; padding-top: 3pt; margin-top: 16pt; }
            .header-ref { font-weight: bold; }
            """;

    private static final String PAGED = """
            @page { size: A4; margin: 20mm 15mm 18mm 15mm;
                    @top-left { content: element(header); }
                    @bottom-left { content: element(footer); } }
            .running-header { position: running(header); font-size: 8pt; color: #5a6472; width: 180mm;
                              border-bottom: 0.5pt solid #c9d1dc; padding-bottom: 2pt; }
            .running-footer { position: running(footer); font-size: 8pt; color: #5a6472; width: 180mm; }
            .footer-page { float: right; }
            .pageno::after { content: counter(page); }
            .pagecount::after { content: counter(pages); }
            .cover { page-break-after: always; }
            .section { page-break-before: auto; }
            """;

    private static final String SCREEN = """
            body { max-width: 190mm; margin: 12mm auto; padding: 0 8mm; }
            """;

    private ReportStyle() {
    }

    static String css(boolean paged) {
        return COMMON + (paged ? PAGED : SCREEN);
    }
}
