/// Turns cmark's (line, byte column) positions into the character columns messages show, in time
/// linear in the text however many positions are asked for.
///
/// Most sections never need a column, so the text is split into lines only on the first request.
/// Images and signature blocks ask for theirs as they are converted, left to right: the column of the
/// previous request on the same line is kept, so positions along one long line are counted onward
/// from there rather than from the line's start each time.
final class SourceLines {
    private let text: String
    private var lines: [Substring]?
    /// The last answer: line, byte offset in it, character count up to that offset.
    private var cursor: (line: Int, byte: Int, characters: Int)?
    /// Work done so far, for the tests that hold it linear: line splits, characters counted.
    private(set) var splits = 0, charactersCounted = 0

    init(_ text: String) { self.text = text }

    /// The 1-based character column of 1-based `byteColumn` on 1-based `line`; nil when out of range.
    func column(line: Int, byteColumn: Int) -> Int? {
        if self.lines == nil { splits += 1 }
        let lines = self.lines ?? TextIndex.lines(of: text)
        self.lines = lines
        guard line >= 1, line <= lines.count else { return nil }
        let utf8 = lines[line - 1].utf8
        let byte = max(0, min(byteColumn - 1, utf8.count))
        var from = 0, characters = 0
        if let c = cursor, c.line == line, c.byte <= byte { (from, characters) = (c.byte, c.characters) }
        let start = utf8.index(utf8.startIndex, offsetBy: from), end = utf8.index(utf8.startIndex, offsetBy: byte)
        let counted = lines[line - 1][start..<end].count
        characters += counted
        charactersCounted += counted
        cursor = (line, byte, characters)
        return characters + 1
    }
}
