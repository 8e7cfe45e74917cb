import Foundation

/// Tables: a scoring table (评分标准 with 分值 / Weight) becomes scoring rows; a requirement table
/// (序号 / 参数要求, ID / Requirement / Priority) one clause per row; any other table is read for facts
/// (前附表, key information) and for cells that start with ★ or ▲.
extension ImportState {
    private static let idHeaders = ["序号", "条款号", "编号", "id", "no.", "no", "req. id", "requirement id", "ref"]
    private static let requirementHeaders = ["参数要求", "技术要求", "技术参数", "性能要求", "招标要求", "要求", "requirement", "specification", "description"]
    private static let priorityHeaders = ["priority", "优先级", "类别", "重要性", "mandatory/desirable"]
    private static let weightHeaders = ["分值", "权重", "分数", "weight", "points", "score"]
    private static let itemHeaders = ["评分因素", "评分项", "评审因素", "评分内容", "criterion", "criteria", "factor"]

    private static func column(_ header: [String], _ names: [String]) -> Int? {
        for name in names {
            if let i = header.firstIndex(where: { $0 == name || $0.hasPrefix(name) }) { return i }
        }
        return nil
    }

    mutating func visit(_ table: TenderTable) {
        guard let first = table.rows.first else { return }
        let header = first.map { ClauseText.normalize($0.text).lowercased() }
        let body = table.rows.dropFirst().filter { row in row.map { ClauseText.normalize($0.text).lowercased() } != header }
        if let weight = Self.column(header, Self.weightHeaders), outline.part == .scoring || Self.column(header, Self.itemHeaders) != nil {
            let item = Self.column(header, Self.itemHeaders) ?? max(0, weight - 1)
            for row in body where row.count > max(item, weight) {
                let name = ClauseText.normalize(row[item].text)
                guard let value = Decimal(string: ClauseText.normalize(row[weight].text).replacingOccurrences(of: "%", with: ""),
                                          locale: Locale(identifier: "en_US_POSIX")),
                      !["合计", "总计", "total"].contains(name.lowercased()), !name.isEmpty else { continue }
                let criteria = row.indices.contains(weight + 1) ? ClauseText.normalize(row[weight + 1].text) : ""
                scoring.append(ScoringRow(item: name, weight: value, criteria: criteria, place: row[item].place))
            }
            return
        }
        if let req = Self.column(header, Self.requirementHeaders), outline.part != .forms, outline.part != .scoring {
            let idColumn = Self.column(header, Self.idHeaders)
            let priority = Self.column(header, Self.priorityHeaders)
            let category = outline.part == .commercial ? Requirement.Category.commercial : .technical
            for row in body where row.count > req {
                let quote = ClauseText.normalize(row[req].text)
                guard !quote.isEmpty else { continue }
                let (marker, text) = ClauseText.leadingMarker(quote)
                let printed = idColumn.flatMap { $0 < row.count ? rowID(ClauseText.normalize(row[$0].text), category: category) : nil }
                var mandatory = marker == .star, modal = language == .en ? ClauseText.modal(text) : nil
                if let modal { mandatory = mandatory || modal == "shall" || modal == "must" }
                if let p = priority, row.count > p {
                    let level = ClauseText.normalize(row[p].text).lowercased()
                    if level.hasPrefix("mandatory") || level.hasPrefix("必须") || level == "★" { mandatory = true }
                    if level.hasPrefix("desirable") || level.hasPrefix("optional") || level.hasPrefix("可选") { mandatory = marker == .star }
                }
                if outline.part == .qualification {
                    qualifications.append(requirement(kind: .qualification, id: String(format: "Q-%02d", qualifications.count + 1), printed: false,
                                                      text: ClauseText.trimmedEnd(text), marker: marker, mandatory: true,
                                                      place: row[req].place, quote: quote))
                } else {
                    addClause(printed, text, marker: marker, mandatory: mandatory, modal: modal, place: row[req].place,
                              quote: row.map { ClauseText.normalize($0.text) }.joined(separator: " | "), category: category)
                }
            }
            return
        }
        for row in table.rows {
            facts.read(row: row.map { TenderCell(text: ClauseText.normalize($0.text), place: $0.place) })
            for (i, cell) in row.enumerated() where !cell.continued {
                let text = ClauseText.normalize(cell.text)
                let (marker, rest) = ClauseText.leadingMarker(text)
                guard marker != .none, outline.part != .scoring, outline.part != .forms else { continue }
                let id = (0..<i).lazy.compactMap { j -> String? in
                    guard let n = ClauseText.leadingNumber(ClauseText.normalize(row[j].text)), n.kind != .item, n.rest.isEmpty else { return nil }
                    return n.number
                }.first
                addClause(id, rest, marker: marker, mandatory: marker == .star, modal: nil, place: cell.place,
                          quote: row.map { ClauseText.normalize($0.text) }.joined(separator: " | "))
            }
        }
    }

    /// A row's printed id: "T-05", "1.1.4" as printed; a bare 序号 "3" under the heading "2 主要设备技术参数" is "2.3".
    private func rowID(_ cell: String, category: Requirement.Category) -> String? {
        if let n = ClauseText.leadingNumber(cell), n.kind != .item, n.rest.isEmpty { return n.number }
        guard !cell.isEmpty, cell.allSatisfy(\.isNumber), cell.count <= 3 else { return nil }
        let prefix = TenderImporter.rowPrefix(heading: outline.headingNumber, category: category)
        return prefix.first?.isNumber == true ? "\(prefix).\(cell)" : "\(prefix)-\(cell.count == 1 ? "0" + cell : cell)"
    }
}

/// Ids for clauses the tender does not number, and unique ids where it numbers two alike.
enum RequirementIDs {
    /// A generated id is the category's letter and a short hash of the text, so it stays the same when
    /// the tender is imported again, or when other clauses are added before it.
    static func assign(_ clauses: [ImportedRequirement]) -> [ImportedRequirement] {
        var used: Set<String> = []
        return clauses.map { c in
            var c = c
            var id = c.id.isEmpty ? "\(c.category == .technical ? "T" : "C")-\(hash(ClauseText.key(c.text)))" : c.id
            let base = id
            var n = 2
            while used.contains(id) {
                id = "\(base)-\(n)"
                n += 1
            }
            used.insert(id)
            c.id = id
            return c
        }
    }

    /// FNV-1a, 24 bits as hex: a fingerprint for a stable id, not a security measure.
    static func hash(_ s: String) -> String {
        var h: UInt32 = 0x811C9DC5
        for b in s.utf8 { h = (h ^ UInt32(b)) &* 0x0100_0193 }
        return String(format: "%06x", h & 0xFFFFFF)
    }
}

/// Numeric bounds through the checker's own reading of them (`NumericBound`), as data.
enum BoundReader {
    static func bound(in text: String) -> RequirementBound? {
        // The first one-sided bound the checker reads (ranges have no place in RequirementBound yet).
        guard let b = NumericBound.all(in: text).first(where: { $0.op != .between }) else { return nil }
        return RequirementBound(op: b.op == .atLeast || b.op == .above ? .atLeast : .atMost, value: b.value, unit: b.unit)
    }
}
