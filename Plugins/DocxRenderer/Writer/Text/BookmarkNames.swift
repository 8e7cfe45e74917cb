/// Word bookmark names for the model's anchors. Word wants at most 40 characters, a letter first
/// and then letters, digits or underscores; anchors like `bid-letter` or `solution-2-1` are mapped
/// (`bid_letter`) and kept unique in first-use order, so headings and TOC links agree.
struct BookmarkNames {
    private var byAnchor: [String: String] = [:]
    private var used: Set<String> = []

    /// Every anchor named so far and its bookmark name.
    var all: [String: String] { byAnchor }

    mutating func name(for anchor: String) -> String {
        if let name = byAnchor[anchor] { return name }
        var base = String(anchor.unicodeScalars.map { s -> Character in
            (s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s))) ? Character(s) : "_"
        })
        if base.first.map({ !$0.isLetter }) ?? true { base = "h" + base }
        base = String(base.prefix(40))
        var name = base
        var n = 2
        while used.contains(name) {
            let suffix = "_\(n)"
            name = String(base.prefix(40 - suffix.count)) + suffix
            n += 1
        }
        used.insert(name)
        byAnchor[anchor] = name
        return name
    }
}
