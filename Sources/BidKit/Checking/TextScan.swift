import Foundation

/// A pattern a rule looks for, with the literal strings one of which any match must contain.
/// Lines without a trigger never reach the regex engine: ICU matching costs microseconds a line,
/// a byte search nanoseconds, and on a 500-page bid almost no line can match.
struct ScanPattern: Sendable {
    let regex: NSRegularExpression
    let label: String
    let triggers: [[UInt8]]

    /// nil when the pattern does not compile (a programming error caught by the rule tests).
    init?(_ pattern: String, label: String = "", triggers: [String]) {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return nil }
        self.regex = regex
        self.label = label
        self.triggers = triggers.map { Array($0.utf8) }
    }

    /// A literal pattern (escaped), triggered by itself.
    init?(literal: String, label: String = "") {
        self.init(NSRegularExpression.escapedPattern(for: literal), label: label, triggers: [literal])
    }

}

/// The triggers of several patterns, found in one pass over a line's bytes: each byte is looked up
/// by trigger *last* bytes (in UTF-8 CJK text first bytes repeat constantly, last bytes vary), and
/// only a hit is verified backwards. Past 64 distinct triggers (a long `known_names` list) a
/// `TriggerAutomaton` finds them instead, still in one pass.
struct TriggerSet {
    private var needles: [[UInt8]] = []
    /// For each byte value, the bitmask of needles ending with it: one flat lookup per byte.
    private var endingWith = [UInt64](repeating: 0, count: 256)
    /// For each pattern, the bitmask of its needles; 0 = no triggers (always a candidate).
    private var patternMasks: [UInt64] = []
    private var usable = true
    /// With more than 64 needles: the automaton, the patterns of each needle, the trigger-less patterns.
    private var automaton: TriggerAutomaton?
    private var patternsOfNeedle: [[Int]] = []
    private var alwaysCandidates: [Int] = []

    init(_ patterns: [ScanPattern]) {
        var indexOfNeedle: [[UInt8]: Int] = [:]
        for (p, pattern) in patterns.enumerated() {
            var mask: UInt64 = 0
            for t in pattern.triggers where !t.isEmpty {
                let index = indexOfNeedle[t] ?? needles.count
                if index == needles.count {
                    needles.append(t)
                    indexOfNeedle[t] = index
                    patternsOfNeedle.append([])
                }
                if patternsOfNeedle[index].last != p { patternsOfNeedle[index].append(p) }
                if index < 64 { mask |= 1 << UInt64(index) }
            }
            patternMasks.append(mask)
            if !pattern.triggers.contains(where: { !$0.isEmpty }) { alwaysCandidates.append(p) }
        }
        usable = needles.count <= 64
        if !usable { automaton = TriggerAutomaton(needles) }
        for (i, n) in needles.enumerated() where i < 64 { if let last = n.last { endingWith[Int(last)] |= 1 << UInt64(i) } }
    }

    /// Indices of the patterns that may match `line`, in pattern order.
    func candidates(in line: String) -> [Int] {
        if let automaton {
            var line = line
            let found = line.withUTF8 { automaton.needles(in: $0) }
            if found.isEmpty { return alwaysCandidates }
            return Set(alwaysCandidates + found.flatMap { patternsOfNeedle[$0] }).sorted()
        }
        var line = line
        let present: UInt64 = line.withUTF8 { buf in
            endingWith.withUnsafeBufferPointer { table in
                var found: UInt64 = 0
                for i in 0..<buf.count {
                    var candidates = table[Int(buf[i])] & ~found
                    while candidates != 0 {
                        let n = candidates.trailingZeroBitCount
                        candidates &= candidates - 1
                        let needle = needles[n]
                        let start = i + 1 - needle.count
                        guard start >= 0 else { continue }
                        var k = 0
                        while k < needle.count - 1 && buf[start + k] == needle[k] { k += 1 }
                        if k == needle.count - 1 { found |= 1 << UInt64(n) }
                    }
                }
                return found
            }
        }
        return patternMasks.indices.filter { patternMasks[$0] == 0 || patternMasks[$0] & present != 0 }
    }
}

/// What the buyer will read, split into lines once per check and shared by every rule: Markdown
/// sources line by line (so findings name file:line:col), raw and with `{{fields}}` filled in,
/// and the text of generated or form sections (located at the file they came from).
final class TextIndex: Sendable {
    struct Line: Sendable {
        let section: Int
        let raw: String
        let resolved: String
        let location: SourceLocation
        /// From a Markdown source (raw text exists), as opposed to generated text.
        let fromSource: Bool
    }

    let sections: [Section]
    let lines: [Line]
    /// The data files generated sections are built from, to locate their text (`dataLocation`).
    let dataSources: [DataSource]
    /// Each data source's lines, split once: `dataLocation` runs for every match in generated text.
    let dataSourceLines: [[Substring]]
    /// Every table as a grid of cell texts, for the rules that read across cells.
    let tables: [TableAmounts.Located]

    init(_ bid: AssembledBid) {
        sections = bid.package.sections
        dataSources = bid.project.dataSources
        dataSourceLines = dataSources.map { Self.lines(of: $0.text) }
        tables = TableAmounts.tables(of: bid.package.sections)
        var lines: [Line] = []
        for (i, section) in sections.enumerated() {
            if let source = section.source, let text = bid.sources[section.id] {
                let file = bid.project.display(source)
                for (n, line) in Self.lines(of: text).enumerated() where !line.isEmpty {
                    let raw = String(line)
                    lines.append(Line(section: i, raw: raw, resolved: bid.fields.substitute(raw),
                                      location: SourceLocation(file: file, line: n + 1, column: 0), fromSource: true))
                }
            } else {
                let location = SourceLocation(file: bid.project.display(section.source ?? "bid.yaml"))
                for unit in Block.textUnits(section.blocks) where !unit.isEmpty {
                    lines.append(Line(section: i, raw: unit, resolved: unit, location: location, fromSource: false))
                }
            }
        }
        self.lines = lines
    }

    /// Splits at "\n" on UTF-8 bytes: Character-wise splitting walks grapheme clusters and costs
    /// several times more on long documents.
    static func lines(of text: String) -> [Substring] {
        var out: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            if utf8[i] == 0x0A {
                out.append(text[start..<i])
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        out.append(text[start...])
        return out
    }
}

enum TextScan {
    struct Match {
        var section: Section
        var text: String
        var label: String
        /// Where the match was typed. For generated text that is a search of the data files
        /// (`dataLocation`), made only when asked and then kept: most matches (the bidder's own name,
        /// our own tender number) never become a finding, and the search cost ~0.4 G instructions on a
        /// large bid, while a match that is reported is asked several times (overlaps, then its finding).
        var location: SourceLocation { place.location(of: text) }
        fileprivate let place: Place
        var fromSource: Bool
        /// The scanned line the match is in.
        var line: String = ""
    }

    /// A match's location, worked out once. A class so copies of a match share what was found; not
    /// Sendable, so a match (and its cache) stays with the rule that scanned for it.
    fileprivate final class Place {
        private enum State {
            case found(SourceLocation)
            case search(TextIndex, unit: String, fallback: SourceLocation)
        }
        private var state: State

        init(typed location: SourceLocation) { state = .found(location) }
        init(generated index: TextIndex, unit: String, fallback: SourceLocation) { state = .search(index, unit: unit, fallback: fallback) }

        func location(of text: String) -> SourceLocation {
            switch state {
            case .found(let location):
                return location
            case .search(let index, let unit, let fallback):
                let found = index.dataLocation(of: text, in: unit) ?? fallback
                state = .found(found)
                return found
            }
        }
    }

    /// Every match of `patterns` in the bid, in reading order. `resolvingFields`: scan what the buyer
    /// reads (fields filled in) rather than what the author wrote.
    static func matches(of patterns: [ScanPattern], in index: TextIndex, resolvingFields: Bool = false,
                        skipLine: (String) -> Bool = { _ in false }) -> [Match] {
        var out: [Match] = []
        let triggers = TriggerSet(patterns)
        for line in index.lines {
            let text = resolvingFields ? line.resolved : line.raw
            let candidates = triggers.candidates(in: text).map { patterns[$0] }
            if candidates.isEmpty || skipLine(text) { continue }
            for (column, match, label) in find(candidates, in: text) {
                var location = line.location
                location.column = column
                let place = line.fromSource ? Place(typed: location) : Place(generated: index, unit: text, fallback: line.location)
                out.append(Match(section: index.sections[line.section], text: match, label: label, place: place,
                                 fromSource: line.fromSource, line: text))
            }
        }
        return out
    }

    /// (1-based column, matched text, label) for every match in `line`, left to right. Columns are
    /// counted onward from the previous match, not from the line's start for each one: a line holding
    /// 20,000 fields took a minute that way.
    static func find(_ patterns: [ScanPattern], in line: String) -> [(Int, String, String)] {
        let ns = line as NSString
        var found: [(offset: Int, text: String, label: String)] = []
        for p in patterns {
            for m in p.regex.matches(in: line, range: NSRange(location: 0, length: ns.length)) {
                found.append((m.range.location, ns.substring(with: m.range).trimmingCharacters(in: .whitespaces), p.label))
            }
        }
        found.sort { $0.offset < $1.offset }
        var column = 1, counted = 0
        return found.map { match in
            column += (ns.substring(with: NSRange(location: counted, length: match.offset - counted)) as String).count
            counted = match.offset
            return (column, match.text, match.label)
        }
    }
}
