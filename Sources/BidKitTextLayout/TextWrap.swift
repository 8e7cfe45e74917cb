/// Greedy line wrapping by display width, for mixed Chinese and English text.
///
/// Greedy (fill each line as far as it goes) rather than optimal-fit: it is predictable,
/// linear, and what readers of plain-text documents expect. Break opportunities come from
/// `LineBreakRules`: spaces in Latin text, between ideographs in CJK text, never before
/// closing or after opening punctuation.
public enum TextWrap {
    /// What to do when closing punctuation would have to start a line.
    public enum Kinsoku: Sendable, Hashable {
        /// Let the punctuation hang past the right margin (by its own width, usually one
        /// character) so the line above keeps its last ideograph. The traditional typesetting
        /// choice; fine for running text.
        case hang
        /// Never exceed the width: the character before the punctuation moves down with it.
        /// Needed wherever the margin is a wall — table cells, fixed-width pages.
        case strict
    }

    /// Wraps `text` to lines of at most `width` display columns (see `Kinsoku.hang` for the
    /// one exception).
    ///
    /// - Newlines in `text` are hard breaks; blank lines between paragraphs are kept.
    /// - Leading spaces of each paragraph (an indent) are kept on its first line when they fit;
    ///   a tab counts as one space (expand tabs first if they matter).
    /// - A word wider than `width` is broken between characters.
    /// - Lines carry no trailing spaces and the result has no trailing empty line.
    public static func wrap(_ text: String, width: Int, kinsoku: Kinsoku = .hang, ambiguous: AmbiguousWidth = .narrow) -> [String] {
        var out = WrappedLines()
        MeasuredText(text, ambiguous: ambiguous).wrap(width: width, kinsoku: kinsoku, into: &out)
        return out.strings
    }
}

/// Wrapped lines as byte ranges in one buffer: a table wraps every cell into its own and copies
/// the bytes straight into the table's lines.
struct WrappedLines {
    struct Line {
        var start: Int
        var end: Int
        var width: Int
    }

    var bytes: [UInt8] = []
    var lines: [Line] = []

    var strings: [String] { lines.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) } }
}

extension MeasuredText {
    /// Appends the text's lines at `width` to `out`, greedily: a chunk goes on the line when it
    /// fits (with its spaces), else starts the next line; a chunk wider than a whole line is cut
    /// between characters. No trailing empty lines.
    func wrap(width: Int, kinsoku: TextWrap.Kinsoku, into out: inout WrappedLines) {
        let width = max(width, 1)
        let firstLine = out.lines.count
        for paragraph in paragraphs {
            var filler = LineFiller(width: width, kinsoku: kinsoku, start: out.bytes.count)
            for index in paragraph.chunks {
                filler.add(chunks[index], of: self, into: &out)
            }
            filler.finish(into: &out)
        }
        while out.lines.count > firstLine, let last = out.lines.last, last.start == last.end {
            out.lines.removeLast()
        }
    }
}

/// Accumulates one paragraph's chunks into lines, greedily.
private struct LineFiller {
    let width: Int
    let kinsoku: TextWrap.Kinsoku
    private var lineStart: Int
    private var lineWidth = 0
    private var isFirstChunk = true
    private var madeLines = false

    init(width: Int, kinsoku: TextWrap.Kinsoku, start: Int) {
        self.width = width
        self.kinsoku = kinsoku
        lineStart = start
    }

    mutating func add(_ chunk: MeasuredText.Chunk, of text: MeasuredText, into out: inout WrappedLines) {
        let lineIsEmpty = out.bytes.count == lineStart
        // Spaces before the first chunk are the paragraph's indent; after a wrap they vanish.
        let gap = (isFirstChunk || !lineIsEmpty) ? chunk.spacesBefore : 0
        isFirstChunk = false
        if fits(chunk, after: gap, lineIsEmpty: lineIsEmpty) {
            append(chunk, of: text, after: gap, into: &out)
            return
        }
        if !lineIsEmpty { breakLine(into: &out) }
        if chunk.width <= width {
            append(chunk, of: text, after: 0, into: &out)
        } else {
            hardBreak(chunk, of: text, into: &out)
        }
    }

    mutating func finish(into out: inout WrappedLines) {
        if out.bytes.count != lineStart || !madeLines { breakLine(into: &out) }
    }

    private func fits(_ chunk: MeasuredText.Chunk, after gap: Int, lineIsEmpty: Bool) -> Bool {
        let end = lineWidth + gap + chunk.width
        if end <= width { return true }
        guard kinsoku == .hang, !lineIsEmpty, chunk.hang > 0 else { return false }
        return end - chunk.hang <= width
    }

    private mutating func append(_ chunk: MeasuredText.Chunk, of text: MeasuredText, after gap: Int, into out: inout WrappedLines) {
        if gap > 0 { out.bytes.append(contentsOf: repeatElement(0x20, count: gap)) }
        out.bytes.append(contentsOf: text.bytes[chunk.start..<chunk.end])
        lineWidth += gap + chunk.width
    }

    private mutating func breakLine(into out: inout WrappedLines) {
        out.lines.append(WrappedLines.Line(start: lineStart, end: out.bytes.count, width: lineWidth))
        lineStart = out.bytes.count
        lineWidth = 0
        madeLines = true
    }

    /// A chunk wider than a whole line (a URL, a long compound word): cut between characters,
    /// each piece as full as it gets, preferring a cut after a hyphen or slash on the line
    /// ("Train-the-" / "trainer", "example.com/" / "path") to one inside a word. A closing mark
    /// (，。）) never starts a piece and an opening one (（ ¥) never ends one: the character before
    /// it moves down with it. The last piece stays open so following text can join it.
    private mutating func hardBreak(_ chunk: MeasuredText.Chunk, of text: MeasuredText, into out: inout WrappedLines) {
        var last: (start: Int, width: Int, class: BreakClass)?
        var soft: (position: Int, widthBefore: Int)?
        var pendingSoft: (position: Int, widthBefore: Int)?
        text.forEachCharacter(of: chunk) { start, end, w, c in
            if let p = pendingSoft, !c.contains(.digit) { soft = p }
            pendingSoft = nil
            if lineWidth + w > width, out.bytes.count != lineStart {
                if let s = soft, s.position > lineStart, lineWidth - s.widthBefore + w <= width {
                    carry(from: s.position, width: lineWidth - s.widthBefore, into: &out)
                } else if let l = last, l.start > lineStart, l.width + w <= width,
                          c.contains(.noLineStart) || l.class.contains(.noLineEnd) {
                    carry(from: l.start, width: l.width, into: &out)
                } else {
                    breakLine(into: &out)
                }
                soft = nil
            }
            let position = out.bytes.count
            out.bytes.append(contentsOf: text.bytes[start..<end])
            lineWidth += w
            last = (position, w, c)
            if end - start == 1, text.bytes[start] == 0x2D || text.bytes[start] == 0x2F {
                pendingSoft = (out.bytes.count, lineWidth)
            }
        }
    }

    /// Ends the line at byte `position` and starts the next with what followed it (`width` columns).
    private mutating func carry(from position: Int, width: Int, into out: inout WrappedLines) {
        let carried = Array(out.bytes[position...])
        out.bytes.removeSubrange(position...)
        lineWidth -= width
        breakLine(into: &out)
        out.bytes.append(contentsOf: carried)
        lineWidth = width
    }
}
