import Foundation

/// Reads `pricing:` and its price list (inline items or a CSV file).
enum PricingLoader {
    static let keys = ["currency", "tax_rate", "prices_include_tax", "discount", "items_file", "items", "stated_total", "margin_floor"]
    static let itemColumns = ["no", "name", "spec", "brand", "unit", "quantity", "unit_price", "amount", "unit_cost", "remark", "tax_rate"]

    /// The pricing, and the CSV price list as read (when there is one) for the checks that scan it.
    static func read(_ value: YAMLValue, paths: ProjectPaths) throws -> (PricingConfig, DataSource?) {
        let m = try value.mapping(keys: keys)
        let items: [PriceItem]
        let source: String
        var csv: DataSource?
        switch (m["items_file"], m["items"]) {
        case (let file?, nil):
            let relative = try paths.confine(file.nonEmptyString(), at: file.location)
            let text = try paths.readText(relative, referencedAt: file.location)
            source = paths.display(relative)
            csv = DataSource(file: source, text: text, isYAML: false)
            items = try readCSV(text, file: source)
        case (nil, let list?):
            source = value.file
            items = try list.list().enumerated().map { try readItem($1, index: $0) }
        case (.some, .some):
            throw value.error("give either 'items_file' or 'items', not both")
        case (nil, nil):
            throw value.error("missing price list: give 'items_file' (a CSV file) or 'items'")
        }
        let rate = try m["tax_rate"]?.decimal() ?? 0
        if rate < 0 || rate >= 1, let v = m["tax_rate"] { throw v.expected("a tax rate between 0 and 1 (e.g. 0.13)") }
        let config = PricingConfig(
            currency: try m.optionalString("currency") ?? "CNY", taxRate: rate,
            pricesIncludeTax: try m["prices_include_tax"]?.bool() ?? true, discount: try readDiscount(m["discount"]),
            items: items, itemsSource: source, statedTotal: try m["stated_total"]?.decimal(),
            statedTotalLocation: m["stated_total"]?.location, marginFloor: try m["margin_floor"]?.decimal() ?? Decimal(string: "0.10") ?? 0)
        return (config, csv)
    }

    /// A line's own VAT rate, a fraction like `pricing.tax_rate`.
    private static func lineRate(_ rate: Decimal?, at location: SourceLocation?) throws -> Decimal? {
        guard let rate else { return nil }
        guard rate >= 0, rate < 1 else {
            throw LoadError(location ?? SourceLocation(file: ""), "expected a tax rate between 0 and 1 (e.g. 0.06) for 'tax_rate', found \(rate)")
        }
        return rate
    }

    private static func readDiscount(_ value: YAMLValue?) throws -> Discount {
        guard let value else { return .amount(0) }
        let text = try value.string().trimmingCharacters(in: .whitespaces)
        if text.hasSuffix("%") {
            guard let p = Decimal(string: String(text.dropLast()), locale: Locale(identifier: "en_US_POSIX")) else {
                throw value.expected("an amount or a percentage such as \"2%\"")
            }
            return .percent(p / 100)
        }
        return .amount(try value.decimal())
    }

    private static func readItem(_ value: YAMLValue, index: Int) throws -> PriceItem {
        let m = try value.mapping(keys: itemColumns)
        return PriceItem(
            no: try m.optionalString("no") ?? String(index + 1), name: try m.string("name"),
            spec: try m.optionalString("spec") ?? "", brand: try m.optionalString("brand") ?? "", unit: try m.string("unit"),
            quantity: try m.required("quantity").decimal(), unitPrice: try m.required("unit_price").decimal(),
            statedAmount: try m["amount"]?.decimal(), unitCost: try m["unit_cost"]?.decimal(),
            remark: try m.optionalString("remark") ?? "", taxRate: try lineRate(m["tax_rate"]?.decimal(), at: m["tax_rate"]?.location),
            location: value.location)
    }

    /// CSV rows → items. Hand-written (RFC 4180 in `CSVReader`) because every cell must carry its
    /// line and column for error messages, which the listed CSV packages do not report.
    static func readCSV(_ text: String, file: String) throws -> [PriceItem] {
        let rows = try CSVReader.parse(text, file: file)
        guard let header = rows.first else { throw LoadError(SourceLocation(file: file, line: 1, column: 1), "the price list is empty") }
        var index: [String: Int] = [:]
        for cell in header.cells {
            let name = cell.text.trimmingCharacters(in: .whitespaces)
            guard itemColumns.contains(name) else {
                throw LoadError(cell.location, "unknown column '\(name)'" + DidYouMean.hint(for: name, among: itemColumns))
            }
            index[name] = index[name] ?? header.cells.firstIndex { $0.text.trimmingCharacters(in: .whitespaces) == name }
        }
        for required in ["name", "unit", "quantity", "unit_price"] where index[required] == nil {
            throw LoadError(SourceLocation(file: file, line: 1, column: 1), "missing column '\(required)' in the header row")
        }
        return try rows.dropFirst().filter { !$0.isBlank }.enumerated().map { n, row in
            guard row.cells.count == header.cells.count else {
                throw LoadError(row.location, "expected \(header.cells.count) cells, found \(row.cells.count)")
            }
            func cell(_ name: String) -> CSVReader.Cell? { index[name].map { row.cells[$0] } }
            func text(_ name: String) -> String { cell(name).map { CSVReader.trimmed($0.text) } ?? "" }
            func decimal(_ name: String, required: Bool) throws -> Decimal? {
                guard let c = cell(name) else { return nil }
                let t = CSVReader.trimmed(c.text).filter { $0 != "," }
                if t.isEmpty {
                    if required { throw LoadError(c.location, "'\(name)' must not be empty") }
                    return nil
                }
                guard t.allSatisfy({ "0123456789.-".contains($0) }), let d = Decimal(string: t, locale: Locale(identifier: "en_US_POSIX")) else {
                    throw LoadError(c.location, "expected a decimal number for '\(name)', found '\(c.text)'")
                }
                return d
            }
            let name = text("name")
            if name.isEmpty, let c = cell("name") { throw LoadError(c.location, "'name' must not be empty") }
            return PriceItem(
                no: text("no").isEmpty ? String(n + 1) : text("no"), name: name, spec: text("spec"), brand: text("brand"),
                unit: text("unit"), quantity: try decimal("quantity", required: true) ?? 0,
                unitPrice: try decimal("unit_price", required: true) ?? 0, statedAmount: try decimal("amount", required: false),
                unitCost: try decimal("unit_cost", required: false), remark: text("remark"),
                taxRate: try lineRate(decimal("tax_rate", required: false), at: cell("tax_rate")?.location), location: row.location)
        }
    }
}
