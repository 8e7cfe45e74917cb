import BidKitMoney
import Foundation

/// Reads `pricing:` and its price list (inline items, a CSV file or an .xlsx workbook), and holds the price list to the
/// rules the docs state: a known ISO 4217 currency, a tax rate and discount that leave a positive
/// total, positive quantities, and negative unit prices only on lines declared `credit: true`.
enum PricingLoader {
    static let keys = ["currency", "tax_rate", "prices_include_tax", "discount", "items_file", "items_encoding", "items_sheet", "items", "stated_total",
                       "margin_floor", "schedule"]
    static let itemColumns = ["no", "code", "name", "spec", "brand", "unit", "quantity", "unit_price", "amount", "unit_cost", "remark", "credit", "tax_rate"]
    /// The columns every price list line needs.
    static let requiredColumns = ["name", "unit", "quantity", "unit_price"]

    /// The pricing, and the CSV price list as read (when there is one) for the checks that scan it.
    /// Every key and every inline line is read even when another fails, so one run reports them all;
    /// the total is checked only when the lines and the discount it is made of loaded.
    static func read(_ value: YAMLValue, paths: ProjectPaths) throws -> (PricingConfig, DataSource?) {
        var g = ErrorGathering()
        let m = try value.mapping(keys: keys, gathering: &g)
        let list = g.read { try priceList(m, pricing: value, paths: paths) }
        let rate = g.read(0) { try taxRate(m["tax_rate"]) }
        let floor = g.read(0) { try marginFloor(m["margin_floor"]) }
        let discount = g.read { try readDiscount(m["discount"]) }
        let config = PricingConfig(
            currency: g.read("CNY") { try currency(m["currency"]) }, taxRate: rate,
            pricesIncludeTax: g.read(true) { try m["prices_include_tax"]?.bool() ?? true }, discount: discount ?? .amount(0),
            items: list?.items ?? [], itemsSource: list?.source ?? value.file, statedTotal: g.read(nil) { try m["stated_total"]?.figure(.nonNegative) },
            statedTotalLocation: m["stated_total"]?.location, marginFloor: floor,
            schedule: g.read(.goods) { try m["schedule"]?.enum(ScheduleLayout.self) ?? .goods })
        if list != nil, discount != nil, g.isClean {
            g.read { try requirePositiveTotal(config, pricing: value, discount: m["discount"]) }
        }
        return try g.finish((config, list?.csv))
    }

    /// The price list `items_file` or `items` gives, with where it was read from.
    private static func priceList(_ m: YAMLMapping, pricing value: YAMLValue, paths: ProjectPaths) throws
        -> (items: [PriceItem], source: String, csv: DataSource?)
    {
        let encoding = try m["items_encoding"]?.enum(TextEncoding.self) ?? .utf8
        switch (m["items_file"], m["items"]) {
        case (let file?, nil):
            let relative = try paths.confine(file.nonEmptyString(), at: file.location)
            let source = paths.display(relative)
            switch (relative as NSString).pathExtension.lowercased() {
            case "xlsx", "xlsm":
                if let e = m["items_encoding"] { throw e.error("'items_encoding' applies to a CSV price list; an .xlsx file has no text encoding to declare") }
                let bytes = try paths.read(relative, as: .priceList, referencedAt: file.location)
                let items = try PriceListXLSX.items(bytes, file: source, sheet: try m["items_sheet"]?.nonEmptyString(),
                                                    sheetLocation: m["items_sheet"]?.location ?? file.location)
                return (items, source, nil)
            case "xls":
                throw file.error("'\(relative)' is an Excel 97-2003 workbook; save it as .xlsx (Excel Workbook) or CSV")
            default:
                if let e = m["items_sheet"] { throw e.error("'items_sheet' applies to an .xlsx price list; '\(relative)' is read as CSV") }
                let text = try paths.readText(relative, as: .priceList, referencedAt: file.location, encoding: encoding)
                return (try PriceListCSV.items(text, file: source), source, DataSource(file: source, text: text, isYAML: false))
            }
        case (nil, let list?):
            if let e = m["items_encoding"] { throw e.error("'items_encoding' applies to 'items_file' (a CSV file) only") }
            if let e = m["items_sheet"] { throw e.error("'items_sheet' applies to 'items_file' (an .xlsx file) only") }
            var g = ErrorGathering()
            let items = try list.list().enumerated().compactMap { i, item in g.read { try readItem(item, index: i) } }
            return try g.finish((items, value.file, nil))
        case (.some, .some):
            throw value.error("give either 'items_file' or 'items', not both")
        case (nil, nil):
            throw value.error("missing price list: give 'items_file' (a CSV file) or 'items'")
        }
    }

    private static func taxRate(_ value: YAMLValue?) throws -> Decimal {
        guard let value else { return 0 }
        let rate = try value.rate(.nonNegative)
        guard rate < 1 else { throw value.error("\(value.label) is \(try value.string()); expected a tax rate from 0 to below 100%, written 13% or 0.13") }
        return rate
    }

    private static func marginFloor(_ value: YAMLValue?) throws -> Decimal {
        guard let value else { return Decimal(string: "0.10") ?? 0 }
        let floor = try value.rate(.any)
        guard abs(floor) < 1 else {
            throw value.error("\(value.label) is \(try value.string()); expected a fraction above -100% and below 100%, written 10% or 0.10")
        }
        return floor
    }

    /// An ISO 4217 code a price can be quoted in; a symbol or lower-case code gets the code to write.
    static func currency(_ value: YAMLValue?) throws -> String {
        guard let value else { return "CNY" }
        let code = try value.nonEmptyString()
        if let known = CurrencyTable.currency(code: code), known.minorUnits != nil { return code }
        var hint = ""
        if let upper = CurrencyTable.currency(code: code.uppercased()), upper.minorUnits != nil {
            hint = "; did you mean '\(upper.code)'?"
        } else if case let matches = CurrencyTable.currencies(symbol: code), !matches.isEmpty {
            hint = "; write the code, not the symbol: " + matches.prefix(6).map { "\($0.code) (\($0.name))" }.joined(separator: ", ")
        } else if CurrencyTable.currency(code: code) != nil {
            hint = "; it is not a currency prices are quoted in (ISO 4217 gives it no minor unit)"
        } else {
            hint = "; expected an ISO 4217 currency code such as CNY, USD or EUR"
        }
        throw value.error("unknown currency '\(code)' for \(value.label)\(hint)")
    }

    /// "2%" or an amount. A percentage is 0 to below 100; the resulting total is checked later.
    private static func readDiscount(_ value: YAMLValue?) throws -> Discount {
        guard let value else { return .amount(0) }
        guard let p = try value.percentage() else { return .amount(try value.figure(.nonNegative)) }
        guard p >= 0, p < 1 else { throw value.error("\(value.label) is \(try value.string()); a percentage discount is from 0% to below 100%") }
        return .percent(p)
    }

    /// The lines may not sum below zero (a fresh project's are all 0.00), and a discount must leave
    /// part of the subtotal: 100 % off, or more, is a typo, not a bid.
    private static func requirePositiveTotal(_ config: PricingConfig, pricing: YAMLValue, discount: YAMLValue?) throws {
        let prices = PriceSummary(config)
        if prices.subtotal < 0 {
            throw LoadError(config.items.first?.location ?? pricing.location,
                            "the price list sums to \(Money.format(prices.subtotal)); credit lines may not outweigh the lines they reduce")
        }
        if prices.discount > 0, prices.net <= 0, let discount {
            throw discount.error("the discount (\(Money.format(prices.discount))) leaves a total of \(Money.format(prices.net)) "
                                 + "from a subtotal of \(Money.format(prices.subtotal)); a discount must be less than the subtotal")
        }
    }

    /// A line's own VAT rate (services at 0.06 in a goods bid at 0.13), a fraction like `pricing.tax_rate`.
    static func lineRate(_ rate: Decimal?, at location: SourceLocation?) throws -> Decimal? {
        guard let rate else { return nil }
        guard rate < 1 else {
            throw LoadError(location ?? SourceLocation(file: ""), "'tax_rate' is \(rate); expected a tax rate from 0 to below 1 (e.g. 0.06)")
        }
        return rate
    }

    private static func readItem(_ value: YAMLValue, index: Int) throws -> PriceItem {
        var g = ErrorGathering()
        let m = try value.mapping(keys: itemColumns, gathering: &g)
        let credit = g.read(false) { try m["credit"]?.bool() ?? false }
        let unitPrice = g.read { try m.required("unit_price") }
        let price = unitPrice.flatMap { v in g.read { try v.figure(.any) } }
        var item = PriceItem(
            no: g.read("") { try m.optionalString("no") ?? String(index + 1) },
            name: g.read("") { try m.string("name") },
            spec: g.read("") { try m.optionalString("spec") ?? "" }, brand: g.read("") { try m.optionalString("brand") ?? "" },
            unit: g.read("") { try m.string("unit") },
            quantity: g.read(1) { try m.required("quantity").figure(.positive) }, unitPrice: price ?? 0,
            statedAmount: g.read(nil) { try m["amount"]?.figure(.any) }, unitCost: g.read(nil) { try m["unit_cost"]?.figure(.nonNegative) },
            remark: g.read("") { try m.optionalString("remark") ?? "" },
            taxRate: g.read(nil) { try lineRate(m["tax_rate"]?.rate(.nonNegative), at: m["tax_rate"]?.location) },
            location: value.location, credit: credit)
        item.code = g.read("") { try m.optionalString("code") ?? "" }
        // The sign rule needs the price and whether the line is a credit: checked when both loaded.
        if let unitPrice, price != nil, m["credit"].map({ (try? $0.bool()) != nil }) ?? true {
            g.read { try requireSign(item, at: unitPrice.location, field: "'unit_price'") }
        }
        return try g.finish(item)
    }

    /// A unit price is 0 or more, and below 0 exactly on credit lines, so a minus typed by mistake never
    /// lowers a bid silently and a credit is always said to be one.
    static func requireSign(_ item: PriceItem, at location: SourceLocation, field: String) throws {
        if item.credit {
            try FigureRules.check(item.unitPrice, .negative, field: field, at: location, why: "a credit line has a negative unit price")
        } else {
            try FigureRules.check(item.unitPrice, .nonNegative, field: field, at: location,
                                  why: "a trade-in or rebate is a line with 'credit: true' and a negative unit price")
        }
    }
}
