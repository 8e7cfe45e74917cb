import Foundation

/// Reads a PDF tender through poppler's `pdftotext -layout` (a child process, see `ExternalTool`) and
/// rebuilds paragraphs and tables from the laid-out lines: pages split at form feeds; a line whose
/// text falls into columns (gaps of two or more spaces) belongs to a table, and its wrapped
/// continuation lines are added to the cell whose column they start nearest; other lines are joined
/// into paragraphs until a first-line indent, a sentence end or a clause number starts the next one.
enum PdfTenderReader {
    static let pdftotext = ExternalTool(name: "pdftotext", install: "apt-get install poppler-utils (macOS: brew install poppler)")

    static func read(_ url: URL, display: String) throws -> TenderDocument {
        let data: Data
        do {
            data = try pdftotext.run(["-layout", "-enc", "UTF-8", "-q", url.path, "-"])
        } catch let failure as ExternalTool.Failure {
            throw LoadError(SourceLocation(file: display), failure.description)
        }
        let text = String(decoding: data, as: UTF8.self)
        let blocks = parse(layout: text)
        guard blocks.contains(where: { if case .paragraph(let p) = $0 { return p.text.count > 1 } else { return true } }) else {
            throw LoadError(SourceLocation(file: display),
                            "the PDF has no text layer (a scanned document?); run OCR on it first (e.g. ocrmypdf) or import the .docx the buyer issued")
        }
        return TenderDocument(file: display, blocks: blocks)
    }

    /// A line cut into its text segments and where each starts (in characters).
    struct Line {
        var segments: [(start: Int, text: String)]
        var page: Int
        var indent: Int { segments.first?.start ?? 0 }
        var text: String { segments.map(\.text).joined(separator: " ") }
    }

    static func parse(layout: String) -> [TenderBlock] {
        var lines: [Line] = []
        for (index, page) in layout.components(separatedBy: "\u{0C}").enumerated() {
            for raw in page.split(separator: "\n", omittingEmptySubsequences: true) {
                let line = segments(of: String(raw))
                if !line.isEmpty { lines.append(Line(segments: line, page: index + 1)) }
            }
        }
        var blocks: [TenderBlock] = []
        var paragraph: (text: String, page: Int, centered: Bool)?
        var table: (columns: [Int], rows: [[TenderCell]])?
        func flushParagraph() {
            if let p = paragraph {
                blocks.append(.paragraph(TenderParagraph(text: p.text, centered: p.centered, place: TenderPlace(page: p.page))))
            }
            paragraph = nil
        }
        func flushTable() {
            if let t = table, !t.rows.isEmpty { blocks.append(.table(TenderTable(rows: t.rows))) }
            table = nil
        }
        for line in lines {
            let totals = ["合计", "总计", "小计", "Total"].contains(line.segments.first?.text ?? "")
            if line.segments.count >= 2, line.indent <= 2 || (totals && table != nil) {
                flushParagraph()
                if table == nil { table = ([], []) }
                let starts = line.segments.map(\.start)
                // A new table header (or the first row) sets the columns; a row with fewer cells keeps them.
                if starts.count >= (table?.columns.count ?? 0) { table?.columns = starts }
                let columns = table?.columns ?? starts
                var row = columns.map { _ in TenderCell(text: "", place: TenderPlace(page: line.page)) }
                for segment in line.segments { row[nearest(segment.start, in: columns)].text += segment.text }
                table?.rows.append(row)
                continue
            }
            if var t = table, !t.rows.isEmpty, line.indent > 2, let second = t.columns.dropFirst().first, line.indent >= second - 2 {
                var last = t.rows.removeLast()
                for segment in line.segments { last[nearest(segment.start, in: t.columns)].text += segment.text }
                t.rows.append(last)
                table = t
                continue
            }
            flushTable()
            let centered = line.indent >= 10 && line.text.count <= 30
            if var p = paragraph, !centered, !p.centered, line.indent <= 1, !endsSentence(p.text), !startsItem(line.text) {
                p.text = join(p.text, line.text)
                paragraph = p
                continue
            }
            flushParagraph()
            paragraph = (line.text, line.page, centered)
        }
        flushParagraph()
        flushTable()
        return blocks
    }

    static func segments(of line: String) -> [(start: Int, text: String)] {
        var out: [(Int, String)] = []
        let chars = Array(line)
        var i = 0
        while i < chars.count {
            while i < chars.count, chars[i] == " " { i += 1 }
            guard i < chars.count else { break }
            let start = i
            var end = i
            while end < chars.count {
                if chars[end] == " ", end + 1 < chars.count, chars[end + 1] == " " { break }
                if chars[end] == " ", end + 1 == chars.count { break }
                end += 1
            }
            out.append((start, String(chars[start..<end])))
            i = end
        }
        return out
    }

    private static func nearest(_ start: Int, in columns: [Int]) -> Int {
        var best = 0
        for (i, c) in columns.enumerated() where abs(c - start) < abs(columns[best] - start) { best = i }
        return best
    }

    private static func endsSentence(_ s: String) -> Bool { s.last.map { "。；：！？;:!?".contains($0) } ?? true }

    private static func startsItem(_ s: String) -> Bool {
        ClauseText.leadingNumber(s) != nil || ClauseText.chineseHeadingNumber(s) != nil || s.hasPrefix("★") || s.hasPrefix("▲") || s.hasPrefix("Form ")
    }

    /// Wrapped lines rejoin without a space between CJK characters, with one between Latin words.
    static func join(_ a: String, _ b: String) -> String {
        guard let last = a.unicodeScalars.last, let first = b.unicodeScalars.first else { return a + b }
        return ClauseText.isCJK(last) || ClauseText.isCJK(first) ? a + b : a + " " + b
    }
}
