/// A minimal RFC 4180 reader that remembers where each cell starts.
enum CSVReader {
    struct Cell {
        var text: String
        var location: SourceLocation
    }

    struct Row {
        var cells: [Cell]
        var location: SourceLocation
        var isBlank: Bool { cells.allSatisfy { $0.text.trimmingCharacters(in: .whitespaces).isEmpty } }
    }

    static func parse(_ text: String, file: String) throws -> [Row] {
        var rows: [Row] = []
        var cells: [Cell] = []
        var field = ""
        var line = 1, column = 1
        var fieldStart = SourceLocation(file: file, line: 1, column: 1)
        var rowStart = fieldStart
        var inQuotes = false, quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        if text.unicodeScalars.first == "\u{FEFF}" { _ = scalars.next() }  // byte-order mark from Excel

        func endField() {
            cells.append(Cell(text: field, location: fieldStart))
            field = ""
            quoted = false
        }
        func endRow() {
            endField()
            rows.append(Row(cells: cells, location: rowStart))
            cells = []
        }
        while let c = pending ?? scalars.next() {
            pending = nil
            let here = SourceLocation(file: file, line: line, column: column)
            if c == "\n" { line += 1; column = 1 } else { column += 1 }
            if inQuotes {
                if c == "\"" {
                    let next = scalars.next()
                    if next == "\"" { field.unicodeScalars.append("\""); column += 1 } else { inQuotes = false; pending = next }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty && !quoted:
                inQuotes = true
                quoted = true
            case ",":
                endField()
                fieldStart = SourceLocation(file: file, line: line, column: column)
            case "\r":
                continue
            case "\n":
                endRow()
                fieldStart = SourceLocation(file: file, line: line, column: column)
                rowStart = fieldStart
            default:
                if quoted { throw LoadError(here, "unexpected character after a closing quote") }
                field.unicodeScalars.append(c)
            }
        }
        if inQuotes { throw LoadError(fieldStart, "unterminated quoted field") }
        if !field.isEmpty || !cells.isEmpty { endRow() }
        return rows
    }
}
