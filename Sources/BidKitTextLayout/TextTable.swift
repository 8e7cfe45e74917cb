/// A table drawn with characters, aligned by display width so Chinese and English columns
/// line up in a terminal or a `.txt` file.
///
/// Used by the plain-text renderer for bid tables and by the CLI for its own reports, so it
/// knows nothing about bids: cells are strings. Layout happens in `render`: natural column
/// widths, shrunk (widest first) to fit `maxWidth`, cells wrapped into their columns.
///
/// ```
/// ┌────────┬──────┐
/// │ 名称   │ 数量 │
/// ╞════════╪══════╡
/// │ 摄像机 │   12 │
/// └────────┴──────┘
/// ```
public struct TextTable: Sendable, Hashable {
    /// Per-column settings.
    public struct Column: Sendable, Hashable {
        public var alignment: TextAlignment
        /// Shrinking to fit `maxWidth` never takes the column below this many display columns,
        /// nor below its longest word (up to 16 columns) or widest character; content narrower
        /// than this keeps its own width.
        public var minWidth: Int
        /// The column is not widened past this for its content when the table must shrink
        /// (a stacked table's labels: a long footer label wraps rather than narrowing the values).
        var shrinkCap: Int?

        public init(alignment: TextAlignment = .left, minWidth: Int = 4) {
            self.alignment = alignment
            self.minWidth = minWidth
        }
    }

    /// One cell. Newlines in `text` are kept as line breaks inside the cell.
    public struct Cell: Sendable, Hashable, ExpressibleByStringLiteral {
        public var text: String
        /// Columns this cell covers, left to right (at least 1).
        public var colspan: Int
        /// Rows this cell covers within its own group (header, body or footer).
        public var rowspan: Int
        /// Overrides the column's alignment for this cell.
        public var alignment: TextAlignment?
        /// Lines already laid out (a nested table, a list): never wrapped again, and the columns
        /// under the cell are at least as wide as its widest line. Wrapping a drawn table once more
        /// would break its frame and, table in table, double its lines at every level.
        public var preformatted: Bool

        public init(_ text: String, colspan: Int = 1, rowspan: Int = 1, alignment: TextAlignment? = nil,
                    preformatted: Bool = false) {
            self.text = text
            self.colspan = max(colspan, 1)
            self.rowspan = max(rowspan, 1)
            self.alignment = alignment
            self.preformatted = preformatted
        }

        public init(stringLiteral value: String) { self.init(value) }
    }

    /// How the table is drawn.
    public enum Style: Sendable, Hashable {
        /// Box-drawing frame; header and footer set off by double rules (`╞═╪═╡`).
        case box
        /// No frame, for terminal reports: columns separated by two spaces, header
        /// underlined and footer overlined with `─`.
        case plain
    }

    /// Whether rows within the body (and within the footer) get a rule between them.
    public enum RowRules: Sendable, Hashable {
        /// Only when some row takes several lines or a cell spans rows — then the eye
        /// needs the rule to see where a row ends; otherwise rules just double the height.
        case auto
        case always
        case never
    }

    public var columns: [Column]
    public var header: [[Cell]]
    public var body: [[Cell]]
    public var footer: [[Cell]]
    public var rowRules: RowRules
    /// Rows (counted over header, body and footer) that start a record of a stacked table.
    var recordStarts: Set<Int> = []

    /// Rows may have fewer cells than there are columns (the rest stay empty) or more
    /// (extra columns are added, left-aligned).
    public init(
        columns: [Column], header: [[Cell]] = [], body: [[Cell]] = [], footer: [[Cell]] = [],
        rowRules: RowRules = .auto
    ) {
        self.columns = columns
        self.header = header
        self.body = body
        self.footer = footer
        self.rowRules = rowRules
    }

    /// The table in the box style, lines joined by "\n", no trailing newline.
    public func render(maxWidth: Int) -> String {
        render(maxWidth: maxWidth, style: .box)
    }

    /// The table in `style`, lines joined by "\n", no trailing newline. Empty for a table
    /// without rows.
    public func render(maxWidth: Int, style: Style, ambiguous: AmbiguousWidth = .narrow) -> String {
        lines(maxWidth: maxWidth, style: style, ambiguous: ambiguous).joined(separator: "\n")
    }

    /// The rendered lines, for callers that indent or prefix them.
    ///
    /// Every line of a box table has the same display width, at most `maxWidth`: columns shrink
    /// (the widest first, never below a readable width or through an amount or a word); a table
    /// of more than two columns that cannot fit that way, or whose squeezed rows take more lines
    /// than records would, is stacked — each row becomes a record of "header │ value" lines
    /// (`StackedTable`); a two-column table is squeezed further, cutting words and at last
    /// amounts. Only a `maxWidth` narrower than one character per column and the frame is exceeded.
    ///
    /// `ambiguous` is how wide East Asian Ambiguous characters count; with `.wide` the frame is
    /// drawn in ASCII (`+ - = |`), since box-drawing characters are ambiguous themselves.
    public func lines(maxWidth: Int, style: Style = .box, ambiguous: AmbiguousWidth = .narrow) -> [String] {
        let grid = TableGrid(table: self, ambiguous: ambiguous)
        guard grid.rowCount > 0 else { return [] }
        let metrics = style == .box ? SeparatorMetrics.box : SeparatorMetrics.plain
        let stacked = { StackedTable.records(of: grid, columns: self.columns)?.lines(maxWidth: maxWidth, style: style, ambiguous: ambiguous) }
        switch ColumnWidths.fitting(grid: grid, columns: columns, metrics: metrics, maxWidth: maxWidth) {
        case .natural(let widths):
            return draw(grid, widths: widths, metrics: metrics, style: style)
        case .shrunk(let widths):
            // Squeezed columns can make rows taller than their records would be: take the
            // layout that reads in fewer lines (the table when they tie).
            let table = draw(grid, widths: widths, metrics: metrics, style: style)
            guard grid.columnCount > 2, let records = stacked(), records.count < table.count else { return table }
            return records
        case nil:
            if grid.columnCount > 2, let records = stacked() { return records }
            return draw(grid, widths: ColumnWidths.forced(grid: grid, columns: columns, metrics: metrics, maxWidth: maxWidth),
                        metrics: metrics, style: style)
        }
    }

    private func draw(_ grid: TableGrid, widths: [Int], metrics: SeparatorMetrics, style: Style) -> [String] {
        var grid = grid
        grid.wrapCells(widths: widths, metrics: metrics)
        let plan = VerticalPlan(grid: grid, rowRules: rowRules, recordStarts: recordStarts)
        var drawer = TableDrawer(grid: grid, widths: widths, metrics: metrics, plan: plan,
                                 glyphs: grid.ambiguous == .wide ? .ascii : .box)
        return style == .box ? drawer.boxLines() : drawer.plainLines()
    }
}
