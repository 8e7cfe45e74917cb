extension BuiltInStyle {
    /// Print: the page, page breaks, repeated table headers. What is printed in the page margins
    /// (running header, page numbers) depends on the bid and comes after, from `PrintFurniture`.
    static let paper = #"""
    /* ---- paper ---- */
    @page {
      size: A4;
      margin: 25.4mm 31.75mm;
      @top-left { font-size: 9pt; color: #444; vertical-align: bottom; padding-bottom: 3mm; border-bottom: .5pt solid #888; }
      @top-right { font-size: 9pt; color: #444; vertical-align: bottom; padding-bottom: 3mm; border-bottom: .5pt solid #888; }
      @bottom-center { font-size: 9pt; }
    }
    @page :first {
      @top-left { border: 0; }
      @top-right { border: 0; }
    }

    @media print {
      html, body { background: none; }
      body {
        max-width: none;
        margin: 0;
        padding: 0;
        font-size: 10.5pt;
        line-height: 1.7;
      }
      /* The cover fills the first page and no more: its height includes any padding a template
         gives it (box-sizing), and stays under the page's content height (--cover-height: A4 less
         its margins, with room to spare), so it never spills onto a blank second page. */
      .cover {
        box-sizing: border-box;
        display: flex;
        flex-direction: column;
        justify-content: center;
        min-height: var(--cover-height, 232mm);
        margin: 0;
        padding: 0;
        border: 0;
        break-after: page;
      }
      .cover-copy { top: 0; }
      .part { margin-top: 0; break-before: page; }
      .kind-toc, .generated-toc { break-after: page; }
      /* The priced forms read best as whole pages of their own. */
      .kind-opening-summary, .kind-price-schedule { break-before: page; }
      h2, h3, h4, h5, h6 { break-after: avoid; }
      .table-scroll { overflow: visible; background: none; }
      table { font-size: 9pt; }
      table.wide { min-width: 0; }
      thead { display: table-header-group; }
      tfoot { display: table-row-group; }
      tr, figure, .signature { break-inside: avoid; }
      /* A signature block stays with the paragraph it signs. */
      .signature { break-before: avoid; }
      /* Contents with page numbers (written after Chromium's layout pass): title, a dotted leader
         that fills the line, the number flush right. */
      .toc-paged > a, .toc-paged > .toc-unlinked { display: flex; align-items: last baseline; border-bottom: 0; }
      /* The leader and number sit on a wrapped title's last line; its own number on its first. */
      .toc-paged .toc-number { flex: none; align-self: flex-start; }
      .toc-paged .toc-title { flex: 0 1 auto; }
      .toc-paged > a::after, .toc-paged > .toc-unlinked::after {
        content: ""; flex: 1 1 2em; order: 1; margin: 0 .3em; border-bottom: 1pt dotted #666;
      }
      .toc-paged .toc-page { display: block; flex: none; order: 2; min-width: 1.5em; text-align: right; }
      /* Without written numbers, print engines that support target-counter (WeasyPrint, Prince,
         Vivliostyle) add them; Chromium ignores the declaration. */
      .toc-entries li:not(.toc-paged) > a::after { content: leader(dotted) target-counter(attr(href url), page); }
      a { color: inherit; text-decoration: none; }
      .page-break { margin: 0; border: 0; break-after: page; }
    }

    """#
}
