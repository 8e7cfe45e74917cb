/// Text read once into what wrapping works with: its UTF-8 bytes cut into chunks (unbreakable
/// runs, each with the spaces before it), grouped into paragraphs (the text's lines).
///
/// A table cell is measured once — its natural width, its widest chunk and character, whether
/// a chunk is an amount — and then wrapped at whatever width the columns settle on, without
/// reading the text again. Chunks are byte ranges, never `String`s: a Chinese paragraph has a
/// chunk per ideograph.
struct MeasuredText {
    struct Chunk {
        /// Byte range in `bytes`.
        var start: Int
        var end: Int
        var width: Int
        /// Columns of trailing CJK closing punctuation, which `.hang` lets overflow the margin.
        var hang: Int
        var spacesBefore: Int
        /// Figures with their separators, currency signs and brackets (`¥1,872,941.80）`): never
        /// split across lines.
        var isAmount: Bool
    }

    struct Paragraph {
        var chunks: Range<Int>
        /// The line's width unwrapped, spaces included.
        var width: Int
    }

    let bytes: [UInt8]
    let ambiguous: AmbiguousWidth
    /// Every scalar is a character of its own (`Scalars.standsAlone`): hard breaks may cut
    /// between any two scalars. Otherwise they cut between `Character`s.
    private(set) var standsAlone = true
    private(set) var chunks: [Chunk] = []
    private(set) var paragraphs: [Paragraph] = []
    /// The widest single character (at least 1, as a column is).
    private(set) var widestCharacter = 1

    /// `walkingCharacters` takes the `Character` path whatever the text (for tests that compare
    /// the two).
    init(_ text: String, ambiguous: AmbiguousWidth, walkingCharacters: Bool = false) {
        bytes = Array(text.utf8)
        self.ambiguous = ambiguous
        var scanner = ChunkScanner()
        let fast = !walkingCharacters && bytes.withUnsafeBufferPointer { Self.scanScalars($0, ambiguous: ambiguous, into: &scanner) }
        if !fast {
            scanner = ChunkScanner()
            Self.scanCharacters(text, ambiguous: ambiguous, into: &scanner)
            standsAlone = false
        }
        scanner.endParagraph()
        chunks = scanner.chunks
        paragraphs = scanner.paragraphs
        widestCharacter = max(scanner.widest, 1)
    }

    /// The widest line before wrapping.
    var longestLine: Int { paragraphs.reduce(0) { max($0, $1.width) } }

    /// The widest chunk (a Latin word, a number, an ideograph with its punctuation).
    var longestChunk: Int { chunks.reduce(0) { max($0, $1.width) } }

    /// The widest amount; 0 when there is none.
    var longestAmount: Int { chunks.reduce(0) { $1.isAmount ? max($0, $1.width) : $0 } }

    /// Scalar by scalar; false (and a partly filled scanner) at the first scalar that does not
    /// stand alone.
    private static func scanScalars(_ b: UnsafeBufferPointer<UInt8>, ambiguous: AmbiguousWidth, into scanner: inout ChunkScanner) -> Bool {
        var i = 0
        while i < b.count {
            let byte = b[i]
            if byte < 0x80 {
                if byte >= 0x0A && byte <= 0x0D {
                    scanner.endParagraph()
                    i += byte == 0x0D && i + 1 < b.count && b[i + 1] == 0x0A ? 2 : 1
                } else {
                    scanner.add(start: i, end: i + 1, width: byte >= 0x20 && byte != 0x7F ? 1 : 0,
                                class: BreakClass(scalar: Unicode.Scalar(byte)))
                    i += 1
                }
                continue
            }
            let (scalar, length) = UTF8Scalars.decode(b, at: i)
            guard Scalars.standsAlone(scalar) else { return false }
            if Scalars.isNewline(scalar.value) {
                scanner.endParagraph()
            } else {
                scanner.add(start: i, end: i + length, width: DisplayWidth.of(scalar, ambiguous: ambiguous),
                            class: BreakClass(scalar: scalar))
            }
            i += length
        }
        return true
    }

    /// Character by character, for text with combining marks, emoji sequences or flags.
    private static func scanCharacters(_ text: String, ambiguous: AmbiguousWidth, into scanner: inout ChunkScanner) {
        var offset = 0
        for c in text {
            let length = c.utf8.count
            if c.isNewline {
                scanner.endParagraph()
            } else {
                scanner.add(start: offset, end: offset + length, width: DisplayWidth.of(c, ambiguous: ambiguous), class: BreakClass(c))
            }
            offset += length
        }
    }

    /// The text's lines as they are, split at line feeds only, for a preformatted cell.
    func preformattedLines() -> WrappedLines {
        var out = WrappedLines(bytes: bytes, lines: [])
        var start = 0
        for end in bytes.indices where bytes[end] == 0x0A {
            out.lines.append(line(start, end))
            start = end + 1
        }
        out.lines.append(line(start, bytes.count))
        return out
    }

    private func line(_ start: Int, _ end: Int) -> WrappedLines.Line {
        WrappedLines.Line(start: start, end: end, width: DisplayWidth.of(String(decoding: bytes[start..<end], as: UTF8.self), ambiguous: ambiguous))
    }

    /// The characters of a chunk with their widths and classes, for cutting a chunk wider than a line.
    func forEachCharacter(of chunk: Chunk, _ body: (_ start: Int, _ end: Int, _ width: Int, _ class: BreakClass) -> Void) {
        if standsAlone {
            bytes.withUnsafeBufferPointer { b in
                var i = chunk.start
                while i < chunk.end {
                    let (scalar, length) = UTF8Scalars.decode(b, at: i)
                    body(i, i + length, DisplayWidth.of(scalar, ambiguous: ambiguous), BreakClass(scalar: scalar))
                    i += length
                }
            }
        } else {
            var offset = chunk.start
            for c in String(decoding: bytes[chunk.start..<chunk.end], as: UTF8.self) {
                let length = c.utf8.count
                body(offset, offset + length, DisplayWidth.of(c, ambiguous: ambiguous), BreakClass(c))
                offset += length
            }
        }
    }
}

/// Groups characters into chunks at every break opportunity, and chunks into paragraphs.
struct ChunkScanner {
    private(set) var chunks: [MeasuredText.Chunk] = []
    private(set) var paragraphs: [MeasuredText.Paragraph] = []
    private(set) var widest = 0

    private var paragraphStart = 0
    private var paragraphWidth = 0
    private var previous: BreakClass?
    private var spaces = 0
    private var current = MeasuredText.Chunk(start: -1, end: 0, width: 0, hang: 0, spacesBefore: 0, isAmount: false)
    private var characters = 0
    private var hangCharacters = 0
    private var allNumeric = true
    private var hasDigit = false

    mutating func add(start: Int, end: Int, width: Int, class c: BreakClass) {
        paragraphWidth += width
        widest = max(widest, width)
        if c.contains(.space) {
            flush()
            spaces += 1
            previous = nil
            return
        }
        if let p = previous, LineBreakRules.canBreak(between: p, and: c) { flush() }
        if current.start < 0 { current.start = start }
        current.end = end
        current.width += width
        characters += 1
        if !c.contains(.ascii), c.contains(.noLineStart) {
            current.hang += width
            hangCharacters += 1
        } else {
            current.hang = 0
            hangCharacters = 0
        }
        if c.contains(.digit) { hasDigit = true }
        if !c.contains(.numeric), !c.contains(.noLineStart), !c.contains(.noLineEnd) { allNumeric = false }
        previous = c
    }

    mutating func endParagraph() {
        flush()
        paragraphs.append(MeasuredText.Paragraph(chunks: paragraphStart..<chunks.count, width: paragraphWidth))
        paragraphStart = chunks.count
        paragraphWidth = 0
        spaces = 0
        previous = nil
    }

    private mutating func flush() {
        guard current.start >= 0 else { return }
        // Punctuation alone is no hanging punctuation: it has nothing to hang from.
        if hangCharacters == characters { current.hang = 0 }
        current.spacesBefore = spaces
        current.isAmount = allNumeric && hasDigit
        chunks.append(current)
        current = MeasuredText.Chunk(start: -1, end: 0, width: 0, hang: 0, spacesBefore: 0, isAmount: false)
        characters = 0
        hangCharacters = 0
        spaces = 0
        allNumeric = true
        hasDigit = false
    }
}
