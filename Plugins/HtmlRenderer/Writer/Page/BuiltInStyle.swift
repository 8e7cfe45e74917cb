/// The base stylesheet, always embedded first; a template's `html/style.css` follows it and overrides
/// what it restates. It is the Chinese bid look with a colon that follows the language. Kept in Swift (not a bundle resource) so the plugin is
/// one self-sufficient shared library.
enum BuiltInStyle {
    static let css = screen + "\n\n" + phones + "\n\n" + paper + "\n"

    static let screen = #"""
    /* BidKit built-in style (a template's html/style.css follows and overrides it).
       Screen: dark on light, one readable column on a laptop or a phone; wide tables scroll sideways
       on a laptop and stack into cards of labelled values on a phone.
       Print: the page of the built-in DOCX (A4, margins 25.4 mm / 31.75 mm), each part (章) on a new
       page, table headers repeated, Chinese paragraphs indented two characters; the running header
       and the page numbers are written for each bid after this stylesheet (PrintFurniture).
       No web fonts: the stacks name fonts installed with Chinese Windows, macOS and Linux. */


    html {
      background: #ecebe6;
      -webkit-text-size-adjust: 100%;
      text-size-adjust: 100%;
    }

    body {
      box-sizing: border-box;
      max-width: 52rem;
      margin: 0 auto;
      padding: 2.5rem 3rem 4rem;
      background: #fff;
      color: #1b1b1b;
      font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Source Han Serif", "Songti SC", "SimSun", "STSong", serif;
      font-size: 16px;
      line-height: 1.8;
      overflow-wrap: break-word;
      word-break: normal;
      line-break: strict;
    }

    h1, h2, h3, h4, h5, h6,
    .cover-facts dt,
    caption, thead th,
    .toc-level-1 {
      font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans", "PingFang SC", "Microsoft YaHei", "SimHei", sans-serif;
    }

    a { color: #1f4e8c; }
    a:hover { color: #0d2f5c; }

    /* ---- cover ---- */
    .cover {
      position: relative;
      padding: 4rem 0 3rem;
      margin-bottom: 2.5rem;
      border-bottom: 1px solid #c9c6bd;
      text-align: center;
    }
    .cover-copy {
      position: absolute;
      top: 0;
      right: 0;
      margin: 0;
      padding: .1rem .8rem;
      border: 2px solid #9b1c1c;
      color: #9b1c1c;
      font-weight: 700;
      letter-spacing: .3em;
    }
    .cover-title {
      margin: 2rem 0 1.5rem;
      font-size: 1.5rem;
      line-height: 1.5;
      font-weight: 700;
    }
    .cover-kind {
      margin: 1rem 0 3rem;
      font-size: 2.6rem;
      letter-spacing: .6em;
      text-indent: .6em; /* keeps the letter-spaced title centred */
    }
    .cover-facts {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: .6rem 1rem;
      max-width: 34rem;
      margin: 0 auto;
      text-align: left;
      font-size: 1.05rem;
    }
    .cover-facts div { display: contents; }
    .cover-facts dt { font-weight: 700; }
    .cover-facts dt::after { content: "："; }
    :lang(en) .cover-facts dt::after { content: ":"; }
    .cover-facts dd { margin: 0; border-bottom: 1px solid #1b1b1b; }
    .cover-note { color: #555; }
    .cover-blank { display: inline-block; min-width: 6em; }

    /* ---- parts, sections, headings ---- */
    .part { margin-top: 3rem; }
    .part-title {
      margin: 0 0 1.5rem;
      padding-bottom: .5rem;
      border-bottom: 2px solid #1b1b1b;
      font-size: 1.6rem;
      text-align: center;
      letter-spacing: .1em;
    }
    .section-title { margin: 2.2rem 0 1rem; font-size: 1.3rem; }
    h4 { margin: 1.6rem 0 .6rem; font-size: 1.12rem; }
    h5 { margin: 1.3rem 0 .5rem; font-size: 1.02rem; }
    h6 { margin: 1.1rem 0 .4rem; font-size: 1rem; }
    .number { font-weight: 700; }

    p { margin: .6rem 0; }
    /* Chinese body paragraphs start two characters in, as in the DOCX; a salutation (致：…),
       centred or right-aligned lines and paragraphs in cells, lists and quotes do not. */
    :lang(zh) .bid-section > p:not([class]) { text-indent: 2em; }
    .align-left { text-align: left; }
    .align-center { text-align: center; }
    .align-right { text-align: right; }

    ul, ol { padding-left: 2em; }
    li { margin: .25rem 0; }
    blockquote {
      margin: 1rem 0;
      padding: .2rem 1rem;
      border-left: 4px solid #c9c6bd;
      color: #3a3a3a;
    }
    code {
      font-family: "DejaVu Sans Mono", "Noto Sans Mono CJK SC", Menlo, Consolas, monospace;
      font-size: .88em;
      padding: 0 .2em;
      background: #f3f2ee;
    }
    pre.code {
      overflow-x: auto;
      padding: .8rem 1rem;
      background: #f3f2ee;
      line-height: 1.5;
    }
    pre.code code { padding: 0; background: none; }
    hr { border: 0; border-top: 1px solid #c9c6bd; margin: 2rem 0; }
    .page-break { margin: 2rem 0; border-top: 1px dashed #c9c6bd; }
    .unsafe-link { color: #555; }

    /* ---- table of contents ---- */
    .toc-heading { font-size: 1.3rem; }
    .toc-entries { list-style: none; margin: 1rem 0 2rem; padding: 0; }
    .toc-entries li { margin: 0; }
    .toc-entries a, .toc-unlinked {
      display: block;
      padding: .3rem 0;
      border-bottom: 1px dotted #c9c6bd;
      color: inherit;
      text-decoration: none;
    }
    .toc-entries a:hover { color: #1f4e8c; }
    .toc-level-1 { margin-top: .8rem; font-weight: 700; }
    .toc-level-2 { padding-left: 2em; }
    .toc-level-3 { padding-left: 4em; }
    .toc-level-4, .toc-level-5, .toc-level-6 { padding-left: 6em; }
    .toc-number { display: inline-block; min-width: 3.5em; }
    /* A printed page number means nothing on screen, where the entry is a link. */
    .toc-page { display: none; }

    /* ---- tables ---- */
    .table-scroll {
      max-width: 100%;
      margin: 1rem 0 1.5rem;
      overflow-x: auto;
      /* Edge shadows that appear only while there is more table to scroll to (the white covers
         scroll with the content, the shadows stay with the box). */
      background:
        linear-gradient(to right, #fff 30%, rgba(255, 255, 255, 0)) left center / 2rem 100% no-repeat local,
        linear-gradient(to left, #fff 30%, rgba(255, 255, 255, 0)) right center / 2rem 100% no-repeat local,
        radial-gradient(farthest-side at 0 50%, rgba(0, 0, 0, .18), rgba(0, 0, 0, 0)) left center / .8rem 100% no-repeat scroll,
        radial-gradient(farthest-side at 100% 50%, rgba(0, 0, 0, .18), rgba(0, 0, 0, 0)) right center / .8rem 100% no-repeat scroll;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      font-size: .9rem;
      line-height: 1.55;
    }
    table.wide { min-width: 46rem; }
    caption {
      caption-side: top;
      padding-bottom: .4rem;
      font-weight: 700;
      text-align: center;
    }
    th, td {
      padding: .4rem .5rem;
      border: 1px solid #8a877f;
      vertical-align: top;
    }
    thead th {
      background: #f1efe8;
      vertical-align: middle;
      text-align: center;
      font-weight: 700;
      /* Keeps a header such as 序号 on one line (it broke into 序 / 号 in a narrow column); a
         header still breaks at its punctuation and spaces: 单价 / （元）. */
      word-break: keep-all;
    }
    /* A text column (no alignment of its own: names, specifications, remarks) keeps four
       characters a line however many columns its table has; amounts, numbers and codes are
       aligned and take what they need. */
    td:not(.align-right):not(.align-center):not([colspan]) { min-width: 4em; }
    /* Amounts never wrap; a cell spanning several columns (the amount in words) still may. */
    td.align-right:not([colspan]) {
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    tfoot td { background: #faf9f5; font-weight: 700; }
    table.role-price-schedule tfoot tr:last-child td,
    table.role-opening-summary td { font-weight: 700; }

    /* ---- figures ---- */
    .figure { margin: 1.5rem 0; text-align: center; }
    .figure img { max-width: 100%; height: auto; }
    .figure figcaption { margin-top: .4rem; color: #444; font-size: .92rem; }

    /* ---- signature and seal ---- */
    .signature {
      width: fit-content;
      max-width: 100%;
      margin: 2.5rem 0 1.5rem auto;
    }
    .slot { position: relative; margin: .7rem 0; }
    .slot-label { font-weight: 700; }
    .slot-value.blank {
      display: inline-block;
      min-width: 9em;
      border-bottom: 1px solid #1b1b1b;
    }

    """#

    /// Narrow screens (a phone is 390 px wide).
    static let phones = #"""
    /* ---- phones ---- */
    @media (max-width: 40rem) {
      /* Wide tables become one card per row: each cell on its own line behind its column's header
         (data-label), so the prices and totals are on the screen; the header row stays for
         screen readers only. A row's leading spanning cell (合计) is the card's title. */
      .table-scroll.stacks { overflow-x: visible; background: none; }
      table.wide, table.wide > tbody, table.wide > tfoot, table.wide tr { display: block; }
      table.wide { min-width: 0; }
      table.wide > caption { display: block; }
      table.wide > colgroup { display: none; }
      table.wide > thead {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      table.wide tr { margin: 0 0 .8rem; border: 1px solid #8a877f; }
      table.wide > tfoot tr { background: #faf9f5; }
      table.wide td {
        display: grid;
        grid-template-columns: minmax(4.5em, 36%) minmax(0, 1fr);
        column-gap: .7rem;
        border: 0;
        border-top: 1px solid #e2e0d8;
        padding: .35rem .6rem;
        text-align: left;
      }
      table.wide tr > td:first-child { border-top: 0; }
      table.wide td::before { content: attr(data-label); grid-row: 1 / span 20; color: #555; font-weight: 700; }
      table.wide td > * { grid-column: 2; margin-top: 0; }
      table.wide td:not([data-label]) { display: block; font-weight: 700; }
      table.wide td:not([data-label])::before { content: none; }
      table.wide td:empty { display: none; }
      table.wide td.align-right:not([colspan]) { white-space: normal; }
      html { background: #fff; }
      body { padding: 1rem .9rem 3rem; font-size: 15px; }
      .cover { padding: 3rem 0 2rem; }
      .cover-title { font-size: 1.25rem; }
      .cover-kind { font-size: 1.9rem; letter-spacing: .4em; text-indent: .4em; }
      .cover-facts { grid-template-columns: minmax(0, 1fr); gap: .1rem; }
      .cover-facts dd { margin-bottom: .6rem; }
      .part-title { font-size: 1.35rem; }
      .section-title { font-size: 1.15rem; }
      .signature { margin-left: 0; }
      .toc-level-2 { padding-left: 1em; }
    }

    """#
}
