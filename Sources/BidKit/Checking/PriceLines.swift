/// The price list's lines as `price-technical` looks them up, prepared once per check: each line's model
/// numbers and compared name, the first line and the number of lines per model, and per technical
/// row name the first matching line and how many match (remembered, as tables repeat their items).
/// Scanning the 5,000 lines of a large bid with a regular expression for every row of every
/// equipment table was two thirds of `check`.
final class PriceLines {
    /// Model numbers in each line's spec and name.
    let models: [[String]]
    private let names: [String]
    private var firstByModel: [String: Int] = [:]
    private var linesByModel: [String: Int] = [:]
    private var byName: [String: (first: Int?, count: Int)] = [:]

    init(_ lines: [PriceItem]) {
        models = lines.map { PriceTechnical.models(in: $0.spec + " " + $0.name) }
        names = lines.map { PriceTechnical.itemName($0.name) }
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
        for (i, line) in names.enumerated() where PriceTechnical.sameItem(normalized: line, key) {
            if found.first == nil { found.first = i }
            found.count += 1
        }
        byName[key] = found
        return found
    }
}
