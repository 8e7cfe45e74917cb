import Foundation

/// The technical parameter tables and the price list describe the same equipment: a model number or
/// a quantity in a technical table (a table with a name, a 型号/Model and optionally a 数量/Qty column)
/// that differs from the price list's line for that item is an inconsistency committees reject on —
/// which model is offered, and how many? Quantities are compared for items the price list prices on
/// one line and the tables list once (a configuration list); per-site tables count something else.
struct PriceTechnical: Rule {
    static let id = "price-technical"
    static let severity = Finding.Severity.error
    static let description = "Models and quantities in the technical tables match the price list."

    private static let table = "| 序号 | 设备名称 | 型号 | 数量 | 单位 |\n|---:|---|---|---:|---|\n"
    static let triggering: [RuleExample] = [
        RuleExample(.zh, "a camera model the price list does not offer", edits: [
            .replace(file: "bid.yaml", old: "{name: 摄像机, unit: 台,", new: "{name: 摄像机, spec: KJ-IPC-B4T40-IZ 400万像素, unit: 台,"),
            .append(file: "sections/letter.md", text: "\n" + table + "| 1 | 摄像机 | KJ-IPC-B2T20-I | 10 | 台 |\n"),
        ]),
        RuleExample(.zh, "a quantity the price list does not price", edits: [
            .replace(file: "bid.yaml", old: "{name: 摄像机, unit: 台,", new: "{name: 摄像机, spec: KJ-IPC-B4T40-IZ 400万像素, unit: 台,"),
            .append(file: "sections/letter.md", text: "\n" + table + "| 1 | 400万像素摄像机 | KJ-IPC-B4T40-IZ | 12 | 台 |\n"),
        ]),
        RuleExample(.en, "a model the price list does not offer", edits: [
            .replace(file: "bid.yaml", old: "{name: Camera, unit: each,", new: "{name: Camera, spec: KJ-IPC-B4T40-IZ, unit: each,"),
            .append(file: "sections/letter.md", text: "\n| Item | Model | Qty |\n|---|---|---:|\n| Camera | KJ-IPC-D4T20-I | 10 |\n"),
        ]),
    ]
    static let nonTriggering: [RuleExample] = [
        RuleExample(.zh, "the same model and quantity, the name worded differently", edits: [
            .replace(file: "bid.yaml", old: "{name: 摄像机, unit: 台,", new: "{name: 400万像素星光级摄像机, spec: KJ-IPC-B4T40-IZ，星光级, unit: 台,"),
            .append(file: "sections/letter.md", text: "\n" + table + "| 1 | 星光级摄像机 | KJ-IPC-B4T40-IZ | 10 | 台 |\n| 2 | 光缆 | 12 芯单模 | 350.5 | m |\n"),
        ]),
        .letter("| 备件名称 | 数量 | 单位 |\n|---|---:|---|\n| 摄像机 | 2 | 台 |"),
    ]

    static let nameHeaders = ["设备名称", "货物名称", "产品名称", "名称", "item", "equipment", "product", "description"]
    static let modelHeaders = ["规格型号", "型号规格", "型号", "model", "part number", "part no"]
    static let quantityHeaders = ["数量", "qty", "quantity"]
    /// A model number: capitals and digits joined by hyphens ("KJ-IPC-B4T40-IZ", "RX-S7606").
    private static let model = try? NSRegularExpression(pattern: #"\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\b"#)

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        let lines = bid.prices.lines.map(\.item)
        let index = PriceLines(lines)
        let tables = context.text.tables.filter { GeneratedKind(rawValue: $0.section.kind) == nil }.compactMap(Self.columns)
        // A quantity is compared only for an item the price list prices once and the tables list once:
        // an item spread over several lines or tables (per site, per phase) is counted elsewhere.
        var listed: [String: Int] = [:]
        for (_, name, model, _, rows) in tables {
            for row in rows { listed[Self.key(row.text(at: model), row.text(at: name)), default: 0] += 1 }
        }
        for (table, nameColumn, modelColumn, quantityColumn, rows) in tables {
            for row in rows {
                guard let name = row.text(at: nameColumn), name.count >= 2 else { continue }
                let modelText = row.text(at: modelColumn) ?? ""
                let offeredModel = Self.models(in: modelText).first
                let byModel = offeredModel.flatMap(index.first(model:)).map { lines[$0] }
                let named = index.named(name)
                let byName = named.first.map { lines[$0] }
                if let m = offeredModel, byModel == nil, let line = byName, let i = named.first, !index.models[i].isEmpty {
                    findings.append(finding(Say.otherModel(table.section.title, name, model: m, line: line),
                                            section: table.section.id, at: TableAmounts.locate(row, in: table.section, bid)))
                    continue
                }
                guard let line = byModel ?? (offeredModel == nil ? byName : nil), let column = quantityColumn,
                      listed[Self.key(modelText, name)] == 1,
                      (offeredModel.map(index.count(model:)) ?? named.count) == 1,
                      let stated = row.text(at: column).flatMap({ Decimal(string: $0.replacingOccurrences(of: ",", with: ""), locale: Locale(identifier: "en_US_POSIX")) })
                else { continue }
                if stated != line.quantity {
                    findings.append(finding(Say.otherQuantity(table.section.title, name, stated: SectionGenerator.quantity(stated), line: line),
                                            section: table.section.id, at: TableAmounts.locate(row, in: table.section, bid)))
                }
            }
        }
        return findings
    }

    /// A table with a name and a model column: its name, model and quantity columns and its rows.
    private static func columns(_ table: TableAmounts.Located) -> (TableAmounts.Located, Int, Int, Int?, [TableAmounts.Row])? {
        guard let header = table.header.last, let name = column(header, nameHeaders), let model = column(header, modelHeaders) else { return nil }
        return (table, name, model, column(header, quantityHeaders), table.rows)
    }

    /// What identifies an item across tables: its model number, else its name.
    private static func key(_ model: String?, _ name: String?) -> String {
        models(in: model ?? "").first ?? (name ?? "").lowercased().filter { !$0.isWhitespace }
    }

    private static func column(_ header: TableAmounts.Row, _ names: [String]) -> Int? {
        for n in names { if let cell = header.cells.first(where: { $0.text.lowercased().contains(n) }) { return cell.column } }
        return nil
    }

    static func models(in text: String) -> [String] {
        guard let model else { return [] }
        let ns = text as NSString
        return model.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range) }
    }

    /// Names for one item: equal, or one containing the other ("星光级红外枪型网络摄像机" in
    /// "400万像素星光级红外枪型网络摄像机"), ignoring spaces and case.
    static func sameItem(_ a: String, _ b: String) -> Bool { sameItem(normalized: itemName(a), itemName(b)) }

    static func sameItem(normalized x: String, _ y: String) -> Bool {
        guard x.count >= 2, y.count >= 2 else { return false }
        return x == y || x.contains(y) || y.contains(x)
    }

    /// A name as items are compared: lower case, without spaces.
    static func itemName(_ s: String) -> String { s.lowercased().filter { !$0.isWhitespace } }
}

extension PriceTechnical {
    enum Say {
        static func otherModel(_ title: String, _ name: String, model: String, line: PriceItem) -> Wording {
            Wording("other-model", zh: "章节“\(title)”的技术表中“\(name)”的型号为“\(model)”，而报价表第 \(line.no) 行为“\(line.spec)”",
                    en: "the technical table in section '\(title)' offers '\(name)' as '\(model)', the price list's line \(line.no) as '\(line.spec)'")
        }

        static func otherQuantity(_ title: String, _ name: String, stated: String, line: PriceItem) -> Wording {
            let priced = SectionGenerator.quantity(line.quantity)
            return Wording("other-quantity", zh: "章节“\(title)”的技术表中“\(name)”的数量为 \(stated)，而报价表第 \(line.no) 行报价数量为 \(priced)",
                           en: "the technical table in section '\(title)' gives \(stated) × '\(name)', the price list's line \(line.no) prices \(priced)")
        }
    }
}
