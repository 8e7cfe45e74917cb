import Foundation

/// The price list's lines as `price-technical` looks them up, prepared once per check: each line's model
/// numbers and compared name, the first line and the number of lines per model, and per technical
/// row name the first matching line and how many match (remembered, as tables repeat their items).
/// Scanning the 5,000 lines of a large bid with a regular expression for every row of every
/// equipment table was two thirds of `check`. Names are compared as UTF-8 bytes of their canonical
/// (NFC) form, by hand: Foundation's `contains` cost about 11,000 instructions a call here, and
/// byte containment of NFC text is the containment `sameItem` means.
final class PriceLines {
    /// Model numbers in each line's spec and name.
    let models: [[String]]
    /// Each line's compared name (`PriceTechnical.itemName`) as NFC UTF-8, and whether it has the two
    /// characters `sameItem` requires.
    private let names: [(bytes: [UInt8], long: Bool)]
    private var firstByModel: [String: Int] = [:]
    private var linesByModel: [String: Int] = [:]
    private var byName: [String: (first: Int?, count: Int)] = [:]

    init(_ lines: [PriceItem]) {
        models = lines.map { PriceTechnical.models(in: $0.spec + " " + $0.name) }
        names = lines.map { Self.compared(PriceTechnical.itemName($0.name)) }
        for (i, found) in models.enumerated() {
            for model in Set(found) {
                if firstByModel[model] == nil { firstByModel[model] = i }
                linesByModel[model, default: 0] += 1
            }
        }
    }

    /// The first line offering `model`.
    func first(model: String) -> Int? { firstByModel[model] }

    /// How many lines offer `model`.
    func count(model: String) -> Int { linesByModel[model] ?? 0 }

    /// The first line that is the item `name` (`PriceTechnical.sameItem`) and how many lines are.
    func named(_ name: String) -> (first: Int?, count: Int) {
        let key = PriceTechnical.itemName(name)
        if let known = byName[key] { return known }
        var found: (first: Int?, count: Int) = (nil, 0)
        let wanted = Self.compared(key)
        for (i, line) in names.enumerated() where wanted.long && line.long
            && (line.bytes == wanted.bytes || Self.contains(line.bytes, wanted.bytes) || Self.contains(wanted.bytes, line.bytes)) {
            if found.first == nil { found.first = i }
            found.count += 1
        }
        byName[key] = found
        return found
    }

    private static func compared(_ name: String) -> (bytes: [UInt8], long: Bool) {
        (Array(name.precomposedStringWithCanonicalMapping.utf8), name.count >= 2)
    }

    /// Whether `needle` occurs in `haystack` (both non-empty here: names of two characters or more).
    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        let first = needle[0]
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            var k = 1
            while k < needle.count, haystack[start + k] == needle[k] { k += 1 }
            if k == needle.count { return true }
        }
        return false
    }
}
