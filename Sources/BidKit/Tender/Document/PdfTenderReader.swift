import BidKitExternalTools
import Foundation

/// Reads a PDF tender through poppler's `pdftotext -layout` (a child process through BidKitExternalTools) and
/// rebuilds paragraphs and tables from the laid-out lines: pages split at form feeds; a line whose
/// text falls into columns (gaps of two or more spaces) belongs to a table, and its wrapped
/// continuation lines are added to the cell whose column they start nearest; other lines are joined
/// into paragraphs until a first-line indent, a sentence end or a clause number starts the next one.
enum PdfTenderReader {
    static let pdftotext = ExternalTool(command: "pdftotext", product: "poppler", packages: ["poppler-utils"])
    /// The text of a tender, far more than any real one prints: the cap on what is read back.
    static let maxText = 64 << 20

    static func read(_ url: URL, display: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                     timeout: TimeInterval = 60) throws -> TenderDocument {
        let location = SourceLocation(file: display)
        let tool: String
        switch pdftotext.locate(environment: environment) {
        case .success(let path): tool = path
        case .failure(let missing): throw LoadError(location, missing.description)
        }
        let text: String
        do {
            // The text goes to a file in a private folder (never a pipe), the child runs in its own
            // process group and is killed at the time limit.
            let work = try PrivateFolder(prefix: "bidkit-pdftotext")
            let out = work.file("tender.txt")
            let child = ["PATH": environment["PATH"] ?? "/usr/bin:/bin", "HOME": work.path, "LANG": "C.UTF-8"]
            let outcome = try ChildProcess.run(tool, ["-layout", "-enc", "UTF-8", "-q", url.absoluteURL.path, out],
                                               environment: child, in: work.path, timeout: timeout)
            if outcome.timedOut { throw LoadError(location, "pdftotext did not finish within \(Int(timeout)) s; the file is not read") }
            guard outcome.status == 0 else {
                let first = outcome.stderr.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
                throw LoadError(location, "pdftotext cannot read the file (exit \(outcome.status))\(first.isEmpty ? "" : ": " + printable(first))")
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
            guard size <= maxText else { throw LoadError(location, "the PDF's text is larger than \(maxText >> 20) MiB; the file is not read") }
            text = String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: out))) ?? Data(), as: UTF8.self)
        } catch let e as ChildProcessError {
            throw LoadError(location, e.description)
        }
        let blocks = parse(layout: text)
        guard blocks.contains(where: { if case .paragraph(let p) = $0 { return p.text.count > 1 } else { return true } }) else {
            throw LoadError(location,
                            "the PDF has no text layer (a scanned document?); run OCR on it first (e.g. ocrmypdf) or import the .docx the buyer issued")
        }
        return TenderDocument(file: display, blocks: blocks)
    }

    /// Control characters from a child's message are never echoed to the terminal.
    static func printable(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }))
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
