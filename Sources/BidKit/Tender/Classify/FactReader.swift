import Foundation

/// Finds the tender facts in "label：value" paragraphs and label/value table rows (前附表, key
/// information tables): tender number, buyer, agent, project, lot, deadline with the buyer's UTC
/// offset, validity days, ceiling, bid bond, currency. A fact keeps the first value found under its
/// strongest label (最高投标限价 outranks 预算金额).
struct FactReader {
    private(set) var facts = TenderFacts()
    private var ranks: [String: Int] = [:]
    let language: Language

    private static let labels: [(key: String, words: [String])] = [
        ("number", ["招标编号", "项目编号", "采购编号", "rfp number", "tender number", "solicitation number", "rfp no"]),
        ("agent", ["招标代理机构", "采购代理机构", "代理机构", "procurement agent", "tendering agent"]),
        ("buyer", ["招标人", "采购人", "issuing entity", "issued by", "buyer", "purchaser", "owner"]),
        ("project", ["项目名称", "project name", "project"]),
        ("lot", ["包号", "标段", "采购包", "lot"]),
        ("deadline", ["投标截止时间", "递交投标文件截止时间", "提交投标文件截止时间", "响应文件提交截止时间", "proposal due date", "submission deadline", "closing date", "due date"]),
        ("validity", ["投标有效期", "proposal validity", "bid validity", "validity"]),
        ("ceiling", ["最高投标限价", "最高限价", "招标控制价", "预算金额", "采购预算", "budget", "ceiling", "maximum price"]),
        ("bond", ["投标保证金", "proposal security", "bid bond", "bid security"]),
        ("currency", ["currency", "报价币种", "结算币种"]),
    ]

    init(language: Language) { self.language = language }

    /// A paragraph "label：value" (or "Label: value").
    mutating func read(paragraph text: String, place: TenderPlace) {
        guard let colon = text.firstIndex(where: { $0 == "：" || $0 == ":" }) else { return }
        let label = String(text[..<colon]), value = String(text[text.index(after: colon)...])
        guard label.count <= 16 else { return }
        read(label: label, value: value, quote: text, place: place)
    }

    /// A table row: each cell that is a label followed by its value.
    mutating func read(row cells: [TenderCell]) {
        for (i, cell) in cells.enumerated().dropLast() where cell.text.count <= 20 {
            let value = cells[i + 1]
            read(label: cell.text, value: value.text, quote: cells.map(\.text).joined(separator: " | "), place: value.place)
        }
    }

    private mutating func read(label rawLabel: String, value rawValue: String, quote: String, place: TenderPlace) {
        let label = rawLabel.trimmingCharacters(in: .whitespaces).lowercased()
        let value = rawValue.trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { return }
        for (key, words) in Self.labels {
            guard let rank = words.firstIndex(where: { label == $0 || ((label.hasSuffix($0) || label.hasPrefix($0)) && label.count <= $0.count + 6) }) else { continue }
            if let held = ranks[key], held <= rank { return }
            if set(key, value: value, quote: quote, place: place) { ranks[key] = rank }
            return
        }
    }

    /// True when the value parsed.
    private mutating func set(_ key: String, value: String, quote: String, place: TenderPlace) -> Bool {
        func fact<V>(_ v: V) -> TenderFact<V> { TenderFact(value: v, place: place, quote: quote) }
        switch key {
        case "number":
            guard let n = value.split(whereSeparator: { $0 == " " || $0 == "（" || $0 == "(" }).first else { return false }
            facts.number = fact(String(n))
        case "buyer", "agent":
            let name = Self.name(value)
            guard !name.isEmpty else { return false }
            if key == "buyer" { facts.buyer = fact(name) } else { facts.agent = fact(name) }
        case "project":
            facts.project = fact(value.trimmingCharacters(in: CharacterSet(charactersIn: "。. ")))
        case "lot":
            guard let lot = Self.lot(value) else { return false }
            facts.lot = fact(lot)
        case "deadline":
            guard let iso = TenderDate.deadline(in: value, language: language) else { return false }
            facts.deadline = fact(iso)
        case "validity":
            guard let days = TenderDate.days(in: value) else { return false }
            facts.validityDays = fact(days)
        case "ceiling", "bond":
            guard let money = TenderMoney.amount(in: value) else { return false }
            if key == "ceiling" { facts.ceiling = fact(money.value) } else { facts.bidBond = fact(money.value) }
            if facts.currency == nil, let code = money.currency { facts.currency = fact(code) }
        case "currency":
            guard let code = TenderMoney.currency(in: value) else { return false }
            facts.currency = fact(code)
            ranks["currency-explicit"] = 0
        default:
            return false
        }
        return true
    }

    /// "名称：澄州市第一人民医院；地址：…" → the name; "某医院　地址：…" → the name.
    static func name(_ value: String) -> String {
        var v = ClauseText.normalize(value)
        if let r = v.range(of: "名称[：:]", options: .regularExpression) { v = String(v[r.upperBound...]) }
        for stop in ["；", ";", " 地址", "，", "（"] {
            if let r = v.range(of: stop) { v = String(v[..<r.lowerBound]) }
        }
        return v.trimmingCharacters(in: CharacterSet(charactersIn: " 。."))
    }

    /// "包1（智慧病房…）" → 包1; "包 1" → 包1; "Lot 2 – Software…" → Lot 2.
    static func lot(_ value: String) -> String? {
        let v = ClauseText.normalize(value)
        if let r = v.range(of: #"^包\s*[0-9一二三四五六七八九十]+"#, options: .regularExpression) {
            return v[r].replacingOccurrences(of: " ", with: "")
        }
        if let r = v.range(of: #"^(第?[0-9一二三四五六七八九十]+\s*[包标段]+)"#, options: .regularExpression) {
            return v[r].replacingOccurrences(of: " ", with: "")
        }
        if let r = v.range(of: #"^Lot\s+[0-9A-Z]+"#, options: [.regularExpression, .caseInsensitive]) { return String(v[r]) }
        return nil
    }
}
