/// What comes before the first part: the cover and the table of contents, in finished words.
///
/// Every string here is written once, by whoever builds the package (the core, or
/// `FrontMatter.standard` for a package built by hand), in the bid's language: the date as it
/// is printed, the labels, the lot. Renderers lay these strings out and add no words of their
/// own, so the cover says the same thing in every format (DESIGN §6).
public struct FrontMatter: Codable, Hashable, Sendable {
    public var cover: Cover
    /// The table of contents: a section of kind "toc" holding one `.toc` block, never numbered and
    /// never inside a part; nil when the bid has none (a renderer may then make its own from the parts).
    public var contents: Section?
    /// Fixed words renderers print (contents heading, page numbers, figure marks …).
    public var labels: Labels

    public init(cover: Cover, contents: Section? = nil, labels: Labels) {
        self.cover = cover
        self.contents = contents
        self.labels = labels
    }
}

/// The cover page as printed: a copy mark, the project title, what the document is, and
/// label–value lines (tender number, lot, buyer, bidder, date …) in the order they are printed.
public struct Cover: Codable, Hashable, Sendable {
    /// "正本" / "副本", or empty.
    public var copy: String
    /// The project's name.
    public var title: String
    /// What the document is: "投标文件" / "Proposal".
    public var kind: String
    /// The volume of a bid split into documents ("技术标"), or empty.
    public var volume: String
    public var lines: [Line]

    public init(copy: String = "", title: String, kind: String, volume: String = "", lines: [Line] = []) {
        self.copy = copy
        self.title = title
        self.kind = kind
        self.volume = volume
        self.lines = lines
    }

    /// The value of the line with `key`, when the cover has one.
    public func value(_ key: String) -> String? { lines.first { $0.key == key }?.value }

    /// One "label：value" line of the cover.
    public struct Line: Codable, Hashable, Sendable {
        /// What the line is, for templates and styles: see `Cover.Key`.
        public var key: String
        /// Printed label without its colon: "招标编号", "Tender number".
        public var label: String
        /// Printed value; empty for a line left to be signed by hand.
        public var value: String
        /// Printed after the value, smaller: "（盖章）", "（签字）"; empty for none.
        public var note: String

        public init(key: String, label: String, value: String, note: String = "") {
            self.key = key
            self.label = label
            self.value = value
            self.note = note
        }

        /// A short Chinese label spread to four characters' width, as Chinese covers align their
        /// labels: "招 标 人" (half-width spaces), "日\u{3000}\u{3000}期" (ideographic spaces, which
        /// HTML does not collapse); any other label as it is.
        public var spacedLabel: String {
            let scalars = Array(label.unicodeScalars)
            guard (2...3).contains(scalars.count), scalars.allSatisfy({ (0x4E00...0x9FFF).contains($0.value) }) else { return label }
            let gap = scalars.count == 2 ? "\u{3000}\u{3000}" : " "
            return scalars.map { String($0) }.joined(separator: gap)
        }
    }

    /// Line keys the standard cover uses.
    public enum Key {
        public static let tenderNumber = "tender-number"
        public static let lot = "lot"
        public static let buyer = "buyer"
        public static let bidder = "bidder"
        /// Left blank for the signature of the legal representative or the authorised agent.
        public static let signatory = "signatory"
        public static let date = "date"
    }
}

/// Fixed words in the bid's language, by key; `Labels.Key` lists the standard ones. A keyed list
/// rather than fields, so a host can add a label without a new wire version.
public struct Labels: Codable, Hashable, Sendable {
    /// Sorted by key.
    public var entries: [Field]

    public init(_ entries: [Field]) { self.entries = entries.sorted { $0.key < $1.key } }

    /// The label for `key`; empty when the package has none.
    public subscript(key: String) -> String { entries.first { $0.key == key }?.value ?? "" }

    /// Between a label and its value: "：" (Chinese) or ": ".
    public var colon: String { self[Key.colon] }
    /// The printed page number: "第 12 页" / "Page 12".
    public func page(_ number: String) -> String { self[Key.page].replacing("{n}", with: number) }
    /// What stands before and after the number in `page`: ("第 ", " 页") / ("Page ", ""), for a
    /// renderer whose page number is a field (Word's PAGE, CSS `counter(page)`).
    public var pageAffixes: (before: String, after: String) {
        let pattern = self[Key.page]
        guard let range = pattern.firstRange(of: "{n}") else { return (pattern, "") }
        return (String(pattern[..<range.lowerBound]), String(pattern[range.upperBound...]))
    }

    /// "label：value", without doubling a colon the label already ends with.
    public func labelled(_ label: String, _ value: String) -> String {
        if label.hasSuffix("：") || label.hasSuffix(":") { return label + value }
        return label + colon + value
    }

    public enum Key {
        public static let colon = "colon"
        public static let contents = "contents"
        /// "第 {n} 页" / "Page {n}": `{n}` stands for the number.
        public static let page = "page"
        public static let figure = "figure"
        public static let table = "table"
        public static let total = "total"
        public static let totalInWords = "total-in-words"
        public static let seal = "seal"
        public static let signature = "signature"
        public static let tenderNumber = "tender-number"
        public static let lot = "lot"
        public static let buyer = "buyer"
        public static let agent = "agent"
        public static let bidder = "bidder"
        public static let date = "date"
    }
}
