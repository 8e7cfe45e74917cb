/// A minimal RFC 4180 reader that remembers where each cell starts.
/// Positions are kept as plain integers and turned into locations once per cell, not per character.
/// Rows end at LF, CRLF or a lone CR (old Mac and some Excel exports), as lines do everywhere else.
/// The delimiter is `,` (RFC 4180), `;` (Excel's "CSV" where the decimal separator is a comma) or a tab
/// (copied out of a spreadsheet), detected by `delimiter(of:)`.
enum CSVReader {
    typealias Cell = PriceListTable.Cell
    typealias Row = PriceListTable.Row

    static let delimiters: [Unicode.Scalar] = [",", ";", "\t"]

    /// The delimiter of the first lines (up to 10, outside quotes): the candidate seen most often,
    /// a comma on a tie or when none is seen.
    static func delimiter(of text: String) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [:]
        var lines = 0, inQuotes = false
        for c in text.unicodeScalars {
            if c == "\"" { inQuotes.toggle() }
            if inQuotes { continue }
            if c == "\n" {
                lines += 1
                if lines == 10 { break }
            } else if delimiters.contains(c) {
                counts[c, default: 0] += 1
            }
        }
        var best: Unicode.Scalar = ","
        for d in delimiters where (counts[d] ?? 0) > (counts[best] ?? 0) { best = d }
        return best
    }

    /// Spaces and tabs trimmed; Foundation's `trimmingCharacters` bridges through NSString and
    /// dominated loading a 2,000-line price list.
    static func trimmed(_ s: String) -> String {
        let scalars = s.unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return first == scalars.startIndex && last == scalars.index(before: scalars.endIndex) ? s : String(scalars[first...last])
    }

    static func parse(_ text: String, file: String, delimiter: Unicode.Scalar = ",") throws -> [Row] {
        var rows: [Row] = []
        var cells: [Cell] = []
        var field = String.UnicodeScalarView()
        var line = 1, column = 1
        var fieldStart = (1, 1), rowStart = (1, 1)
        var inQuotes = false, quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        if text.unicodeScalars.first == "\u{FEFF}" { _ = scalars.next() }  // byte-order mark from Excel

        func location(_ p: (Int, Int)) -> SourceLocation { SourceLocation(file: file, line: p.0, column: p.1) }
        func endField() {
            cells.append(Cell(text: String(field), location: location(fieldStart)))
            field = String.UnicodeScalarView()
            quoted = false
        }
        func endRow() {
            endField()
            rows.append(Row(cells: cells, location: location(rowStart)))
            cells = []
        }
        while var c = pending ?? scalars.next() {
            pending = nil
            if c == "\r" {
                // CRLF is one line end; a lone CR is one too.
                let next = scalars.next()
                if next != "\n" { pending = next }
                c = "\n"
            }
            let here = (line, column)
            if c == "\n" { line += 1; column = 1 } else { column += 1 }
            if inQuotes {
                if c == "\"" {
                    let next = scalars.next()
                    if next == "\"" { field.append("\""); column += 1 } else { inQuotes = false; pending = next }
                } else {
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty && !quoted:
                inQuotes = true
                quoted = true
            case delimiter:
                endField()
                fieldStart = (line, column)
            case "\n":
                endRow()
                fieldStart = (line, column)
                rowStart = fieldStart
            default:
                if quoted { throw LoadError(location(here), "unexpected character after a closing quote") }
                field.append(c)
            }
        }
        if inQuotes { throw LoadError(location(fieldStart), "unterminated quoted field") }
        if !field.isEmpty || !cells.isEmpty { endRow() }
        return rows
    }
}
