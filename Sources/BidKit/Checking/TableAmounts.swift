import BidKitMoney
import Foundation

/// Amounts in the bid's tables, read across cells and rows — the opening price summary's 大写 row
/// against its 小写 row, words and figures side by side in one row, a 合计 row against the column
/// above it — and the rows that state the total price. Text checks pair words and figures only
/// within one run of text; a table spreads them over cells.
enum TableAmounts {
    struct Problem {
        /// In both languages: the rule that reports it picks the project's.
        var message: Wording
        var section: String
        var location: SourceLocation?
    }

    /// One table row as a grid: each cell's text at the grid column it starts in (colspans counted).
    struct Row {
        var cells: [(column: Int, text: String)]
        var label: String { cells.first?.text ?? "" }
        func text(at column: Int) -> String? { cells.first { $0.column == column }?.text }
    }

    struct Located {
        var section: Section
        var header: [Row]
        var rows: [Row]
        var footerStart: Int
    }

    static let wordsLabels = ["大写", "in words", "(words)"]
    static let figureLabels = ["小写", "in figures", "(figures)"]
    static let totalLabels = ["合计", "总计", "小计", "总价合计", "subtotal", "total", "sum"]
    /// Labels of rows that state the bid's total price.
    static let statedTotalLabels = ["投标总价", "投标总报价", "总报价", "报价总额", "投标报价", "total price", "total bid price",
                                    "total proposal price", "total contract price", "total tender price"]

    /// Every table of the bid as grids, built once per check (`TextIndex.tables`).
    static func tables(of sections: [Section]) -> [Located] {
        var out: [Located] = []
        for section in sections {
            func visit(_ blocks: [Block]) {
                for block in blocks {
                    switch block {
                    case .table(let t):
                        let grid = { (rows: [Table.Row]) in rows.map(row) }
                        out.append(Located(section: section, header: grid(t.header), rows: grid(t.body) + grid(t.footer), footerStart: t.body.count))
                    case .list(let l): l.items.forEach(visit)
                    case .quote(let q): visit(q)
                    default: break
                    }
                }
            }
            visit(section.blocks)
        }
        return out
    }

    private static func row(_ r: Table.Row) -> Row {
        var column = 0
        var cells: [(Int, String)] = []
        for cell in r.cells {
            cells.append((column, text(of: cell)))
            column += max(1, cell.colspan)
        }
        return Row(cells: cells)
    }

    /// A cell's text; most cells are one plain run, read without walking the blocks.
    private static func text(of cell: Table.Cell) -> String {
        if cell.blocks.isEmpty { return "" }
        if cell.blocks.count == 1, case .paragraph(let p) = cell.blocks[0], p.content.count == 1, case .text(let s) = p.content[0] {
            return CSVReader.trimmed(s)
        }
        return CSVReader.trimmed(Block.textUnits(cell.blocks).joined(separator: " "))
    }

    /// A label without its 大写/小写 marker and brackets: "投标总价（大写）" and "投标总价（小写）" → "投标总价".
    static func stem(_ label: String) -> String {
        // Labels without letters or CJK (the 序号 "1" … "5000" of a price schedule) hold no marker:
        // only the punctuation goes (every marker has a letter or a CJK character).
        if label.utf8.allSatisfy({ $0 < 0x80 && !(0x61...0x7A).contains($0 | 0x20) }) {
            return label.filter { !"（）()[]【】:： ".contains($0) }
        }
        var s = label.lowercased()
        for marker in wordsLabels + figureLabels + ["(words)", "(figures)", "words", "figures"] { s = s.replacingOccurrences(of: marker, with: "") }
        return s.filter { !"（）()[]【】:： ".contains($0) }
    }

    private static func mentions(_ text: String) -> [AmountMention] { AmountMentions.find(in: text) }

    /// The amount a cell holds: the whole cell is one figure or one amount in words.
    static func amount(in text: String) -> AmountMention? {
        // Most cells of a price table are plain figures: read them without the regexes.
        if !text.isEmpty, text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2C || $0 == 0x2E }) {
            guard let value = Money.parse(text) else { return nil }
            return AmountMention(kind: .figure, text: text, value: value, currencies: [], range: NSRange(location: 0, length: (text as NSString).length))
        }
        let found = mentions(text)
        guard found.count == 1, let only = found.first else { return nil }
        let rest = (text as NSString).replacingCharacters(in: only.range, with: "")
        return AmountMentions.isFiller(rest) ? only : nil
    }

    /// Words and figures that must agree: in one row (a words cell and a money cell), and between a
    /// 大写 row and the row of the same label holding the figure.
    static func wordsAgainstFigures(_ bid: AssembledBid, _ tables: [Located]) -> [Problem] {
        var out: [Problem] = []
        let words = TriggerSet([ScanPattern(".", triggers: AmountMentions.wordTriggers)].compactMap { $0 })
        // Cells repeat across a bid's tables (units, models, the same remark): each text is read once.
        var read: [String: AmountMention?] = [:]
        func cellAmount(_ text: String) -> AmountMention? {
            if let known = read[text] { return known }
            let found = amount(in: text)
            read[text] = .some(found)
            return found
        }
        for table in tables {
            for (i, row) in table.rows.enumerated() where !words.candidates(in: row.cells.map(\.text).joined(separator: " ")).isEmpty {
                let amounts = row.cells.dropFirst().compactMap { cellAmount($0.text) }
                guard let words = amounts.first(where: \.isWords) else { continue }
                // A Markdown row is one line: the text check pairs what stands in it.
                var figure = table.section.kind == "markdown" ? nil
                    : amounts.first { $0.kind == .figure && ($0.text.contains(".") || !$0.currencies.isEmpty) }
                if figure == nil, wordsLabels.contains(where: { row.label.lowercased().contains($0) }) {
                    // The 大写 row's figure is in the row of the same amount.
                    let stem = stem(row.label)
                    figure = table.rows.enumerated().first { $0.offset != i && stem == Self.stem($0.element.label) }
                        .flatMap { $0.element.cells.dropFirst().compactMap { amount(in: $0.text) }.first { $0.kind == .figure } }
                }
                guard let figure else { continue }
                for message in AmountInWords.compare(words, figure) {
                    out.append(Problem(message: AmountInWords.Say.inTableRow(message, row: row.label, section: table.section.title),
                                       section: table.section.id, location: locate(row, in: table.section, bid)))
                }
            }
        }
        return out
    }

    /// 合计 / Total rows that follow body rows, against the sum of the column above them.
    static func columnTotals(_ bid: AssembledBid, _ tables: [Located]) -> [Problem] {
        var out: [Problem] = []
        for table in tables {
            for (i, row) in table.rows.enumerated() {
                let label = row.label.lowercased().filter { !" ：:".contains($0) }
                let isTotal = totalLabels.contains(label) || (label.isEmpty && row.cells.count > 1 && totalLabels.contains(row.cells[1].text.lowercased()))
                guard isTotal else { continue }
                // Only the first total, right after the lines it sums: later rows add tax or take discounts.
                guard i > 0 else { break }
                let lines = table.rows[0..<i]
                for cell in row.cells.dropFirst() {
                    guard let stated = amount(in: cell.text), stated.kind == .figure, let value = stated.value else { continue }
                    let column = lines.map { $0.text(at: cell.column) ?? "" }
                    let values = column.map { $0.isEmpty ? Decimal(0) : amount(in: $0)?.value }
                    guard values.allSatisfy({ $0 != nil }), column.contains(where: { !$0.isEmpty }) else { continue }
                    let sum = values.compactMap { $0 }.reduce(0, +)
                    if sum != value {
                        out.append(Problem(message: PriceArithmetic.Say.columnTotal(row.label.isEmpty ? row.cells[1].text : row.label, section: table.section.title,
                                                                                     stated: stated.text, rows: lines.count, sum: Money.format(sum)),
                                           section: table.section.id, location: locate(row, in: table.section, bid)))
                    }
                }
                break
            }
        }
        return out
    }

    /// Amounts in rows that state the total price ("投标总价（小写）", "Total price (figures)").
    /// Markdown tables are left out unless asked for: their rows are lines the text check reads.
    static func statedTotals(_ tables: [Located], includingMarkdown: Bool = false) -> [(AmountMention, Located, Row)] {
        var out: [(AmountMention, Located, Row)] = []
        for table in tables where includingMarkdown || table.section.kind != "markdown" {
            for row in table.rows {
                let label = row.label.lowercased()
                guard statedTotalLabels.contains(where: { label.contains($0) }) else { continue }
                for cell in row.cells.dropFirst() {
                    if let m = amount(in: cell.text), m.value != nil, m.isWords || m.text.contains(".") || !m.currencies.isEmpty {
                        out.append((m, table, row))
                    }
                }
            }
        }
        return out
    }

    /// The Markdown line of a row (the first source line holding its label and its last cell), else the
    /// section's own place: a generated table is computed from data that cannot disagree with itself.
    static func locate(_ row: Row, in section: Section, _ bid: AssembledBid) -> SourceLocation? {
        let plan = bid.project.sections.first { $0.id == section.id }
        guard let source = section.source else { return plan?.location }
        let file = bid.project.display(source)
        guard let text = bid.sources[section.id] else { return SourceLocation(file: file) }
        let needles = [row.label, row.cells.last?.text ?? ""].filter { !$0.isEmpty }
        for (n, line) in TextIndex.lines(of: bid.fields.substitute(text)).enumerated() where needles.allSatisfy({ line.contains($0) }) {
            return SourceLocation(file: file, line: n + 1, column: 1)
        }
        return SourceLocation(file: file)
    }
}
