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
    public static func wrap(_ text: String, width: Int, kinsoku: Kinsoku = .hang) -> [String] {
        let width = max(width, 1)
        var lines: [String] = []
        for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let chunks = Chunker.chunks(of: paragraph)
            if chunks.isEmpty {
                lines.append("")
            } else {
                var filler = LineFiller(width: width, kinsoku: kinsoku)
                for chunk in chunks { filler.add(chunk) }
                lines += filler.finish()
            }
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}

/// An unbreakable run of characters and the spaces written before it.
struct Chunk {
    var text: String
    var width: Int
    /// Columns of trailing closing punctuation, which `.hang` lets overflow the margin.
    var hang: Int
    var spacesBefore: Int
}

/// Splits one paragraph (no newlines) into chunks at every break opportunity.
enum Chunker {
    static func chunks(of paragraph: Substring) -> [Chunk] {
        var chunks: [Chunk] = []
        var current = ""
        var spaces = 0
        var previous: Character?
        func flush() {
            guard !current.isEmpty else { return }
            chunks.append(Chunk(text: current, width: DisplayWidth.of(current), hang: hangWidth(current), spacesBefore: spaces))
            current = ""
            spaces = 0
        }
        for c in paragraph {
            if c == " " || c == "\t" {
                flush()
                spaces += 1
                previous = nil
                continue
            }
            if let p = previous, LineBreakRules.canBreak(between: p, and: c) { flush() }
            current.append(c)
            previous = c
        }
        flush()
        return chunks
    }

    /// Width of the CJK closing punctuation at the end of a chunk, when something precedes
    /// it. ASCII punctuation never hangs: in English "word." is just a longer word.
    static func hangWidth(_ s: String) -> Int {
        var width = 0
        var count = 0
        for c in s.reversed() {
            guard !c.isASCII, LineBreakRules.noLineStart.contains(c) else { break }
            width += DisplayWidth.of(c)
            count += 1
        }
        return count < s.count ? width : 0
    }
}

/// Accumulates chunks into lines, greedily.
struct LineFiller {
    let width: Int
    let kinsoku: TextWrap.Kinsoku
    private var lines: [String] = []
    private var line = ""
    private var lineWidth = 0
    private var isFirstChunk = true

    init(width: Int, kinsoku: TextWrap.Kinsoku) {
        self.width = width
        self.kinsoku = kinsoku
    }

    mutating func add(_ chunk: Chunk) {
        // Spaces before the first chunk are the paragraph's indent; after a wrap they vanish.
        let gap = (isFirstChunk || !line.isEmpty) ? chunk.spacesBefore : 0
        isFirstChunk = false
        if fits(chunk, after: gap) {
            append(chunk, after: gap)
            return
        }
        if !line.isEmpty { breakLine() }
        if chunk.width <= width {
            append(chunk, after: 0)
        } else {
            hardBreak(chunk.text)
        }
    }

    mutating func finish() -> [String] {
        if !line.isEmpty || lines.isEmpty { breakLine() }
        return lines
    }

    private func fits(_ chunk: Chunk, after gap: Int) -> Bool {
        let end = lineWidth + gap + chunk.width
        if end <= width { return true }
        guard kinsoku == .hang, !line.isEmpty, chunk.hang > 0 else { return false }
        return end - chunk.hang <= width
    }

    private mutating func append(_ chunk: Chunk, after gap: Int) {
        line += TextPad.spaces(gap) + chunk.text
        lineWidth += gap + chunk.width
    }

    private mutating func breakLine() {
        lines.append(TextPad.trimTrailingSpaces(line))
        line = ""
        lineWidth = 0
    }

    /// A chunk wider than a whole line: cut between characters, each piece as full as it gets.
    /// The last piece stays open so following text can join it.
    private mutating func hardBreak(_ text: String) {
        for c in text {
            let w = DisplayWidth.of(c)
            if lineWidth + w > width, !line.isEmpty { breakLine() }
            line.append(c)
            lineWidth += w
        }
    }
}
