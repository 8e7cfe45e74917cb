import BidKitMoney
import Foundation

/// The price list: `prices.csv` for BidKit and, for pandoc, the price schedule BidKit generates from it
/// (header, every line, subtotal, tax, total, total in words) as one GFM table. Amounts follow the
/// documented arithmetic (docs/bid-project.md, "Pricing arithmetic"), in `Decimal` like BidKit's own.
struct PriceListWriter {
    struct Line {
        var no: Int
        var name, spec, brand, unit, remark: String
        var quantity: Int
        var unitPrice, unitCost: Decimal
    }

    static let taxRate = Decimal(string: "0.13") ?? 0

    var lines: [Line] = []

    init(count: Int, random: inout SeededRandom) {
        let brands = ["瞰界", "新讯", "NetCore", "安盾"]
        let remarks = ["站区道路、围墙", "主变及出线间隔", "主控室、继保室", "通信室", "Central platform", ""]
        for n in 0..<count {
            let (name, model, parameter, unit) = random.pick(ProseCorpus.equipment)
            let cents = random.int(20_000...2_000_000)
            let price = Decimal(cents) / 100
            // Cost at 70–85 % of price keeps the margin above the default 10 % floor.
            let cost = Money.round(price * Decimal(random.int(70...85)) / 100)
            lines.append(Line(no: n + 1, name: name, spec: model + "，" + parameter, brand: random.pick(brands), unit: unit,
                              remark: random.pick(remarks), quantity: random.int(1...60), unitPrice: price, unitCost: cost))
        }
    }

    var csv: String {
        var out = "no,name,spec,brand,unit,quantity,unit_price,unit_cost,remark\n"
        for l in lines {
            out += [String(l.no), l.name, l.spec, l.brand, l.unit, String(l.quantity), plain(l.unitPrice), plain(l.unitCost), l.remark]
                .map(Self.csvField).joined(separator: ",") + "\n"
        }
        return out
    }

    private func amount(_ l: Line) -> Decimal { Money.round(Decimal(l.quantity) * l.unitPrice) }
    var subtotal: Decimal { lines.reduce(Decimal(0)) { $0 + amount($1) } }
    /// Prices include tax: the tax contained in the total.
    var tax: Decimal { Money.round(subtotal - subtotal / (1 + Self.taxRate)) }

    /// The schedule as BidKit's `price-schedule` section shows it, with GFM's one-cell-per-column rows
    /// where BidKit spans the label cells.
    var gfmTable: String {
        let empty = Array(repeating: "", count: 6)
        var rows = [["序号", "名称", "规格型号", "品牌", "单位", "数量", "单价（元）", "合价（元）", "备注"]]
        rows += lines.map { l in
            [String(l.no), l.name, l.spec, l.brand, l.unit, String(l.quantity), Money.format(l.unitPrice), Money.format(amount(l)), l.remark]
        }
        rows.append(["小计"] + empty + [Money.format(subtotal), ""])
        rows.append(["其中：增值税（\(Money.percent(Self.taxRate))）"] + empty + [Money.format(tax), ""])
        rows.append(["投标总价"] + empty + [Money.format(subtotal), ""])
        rows.append(["投标总价（大写）", ChineseAmount.words(subtotal)] + Array(repeating: "", count: 7))
        var out = rows.map { "| " + $0.joined(separator: " | ") + " |" }
        out.insert("|:-:|--|--|--|:-:|--:|--:|--:|--|", at: 1)
        return out.joined(separator: "\n")
    }

    private func plain(_ d: Decimal) -> String { NSDecimalNumber(decimal: d).description(withLocale: Locale(identifier: "en_US_POSIX")) }

    private static func csvField(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
