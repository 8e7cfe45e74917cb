import Foundation

/// Builds the generated sections (price schedule, opening summary, deviation tables, qualification list)
/// from project data, so the figures in them are the priced figures and nobody retypes them.
struct SectionGenerator {
    let project: Project
    let prices: PriceSummary
    private var zh: Bool { project.language == .zh }
    private func t(_ chinese: String, _ english: String) -> String { zh ? chinese : english }

    func blocks(for kind: GeneratedKind) -> [Block] {
        switch kind {
        case .toc, .complianceMatrix: return []  // filled in once every section is numbered
        case .priceSchedule: return priceSchedule()
        case .openingSummary: return openingSummary()
        case .technicalDeviations: return deviations(.technical)
        case .commercialDeviations: return deviations(.commercial)
        case .qualificationList: return qualificationList()
        }
    }

    /// The seal and signature every priced or declared table carries.
    private var signature: Block {
        let b = project.bidder
        return .signature(Signature(slots: [
            .init(kind: .seal, label: t("投标人（盖章）", "Bidder (seal)"), value: b.name),
            .init(kind: .signature, label: t("法定代表人或授权代表（签字）", "Legal or authorised representative (signature)"),
                  value: b.authorizedAgent ?? b.legalRepresentative),
            .init(kind: .date, label: t("日期", "Date"), value: project.info.date.formatted(project.language)),
        ]))
    }

    private var currencyUnit: String { zh ? (prices.currency == "CNY" ? "元" : prices.currency) : prices.currency }

    private func priceSchedule() -> [Block] {
        let headers = [t("序号", "No."), t("名称", "Item"), t("规格型号", "Specification"), t("品牌", "Brand"),
                       t("单位", "Unit"), t("数量", "Qty"), t("单价（\(currencyUnit)）", "Unit price (\(currencyUnit))"),
                       t("合价（\(currencyUnit)）", "Amount (\(currencyUnit))"), t("备注", "Remark")]
        let columns: [Table.Column] = [
            .init(alignment: .center, weight: 4), .init(alignment: .left, weight: 14), .init(alignment: .left, weight: 18),
            .init(alignment: .left, weight: 8), .init(alignment: .center, weight: 4), .init(alignment: .right, weight: 6),
            .init(alignment: .right, weight: 10), .init(alignment: .right, weight: 11), .init(alignment: .left, weight: 8),
        ]
        // A bid mixing VAT rates shows each line's rate (in the remark column) and the tax per rate.
        let mixed = prices.isMixedRate
        let body = prices.lines.map { line in
            let i = line.item
            let remark = mixed ? [Money.percent(line.taxRate), i.remark].filter { !$0.isEmpty }.joined(separator: t("；", "; ")) : i.remark
            return Table.Row([i.no, i.name, i.spec, i.brand, i.unit, Self.quantity(i.quantity), Money.format(i.unitPrice),
                              Money.format(line.amount), remark].map { Table.Cell($0) })
        }
        func totalRow(_ label: String, _ value: String) -> Table.Row {
            Table.Row([Table.Cell(label, colspan: 7), Table.Cell(value), Table.Cell("")])
        }
        var footer = [totalRow(t("小计", "Subtotal"), Money.format(prices.subtotal))]
        if prices.discount != 0 { footer.append(totalRow(t("优惠", "Discount"), "-" + Money.format(prices.discount))) }
        for group in prices.rates {
            let rate = Money.percent(group.rate)
            footer.append(totalRow(prices.pricesIncludeTax ? t("其中：增值税（\(rate)）", "of which VAT (\(rate))") : t("增值税（\(rate)）", "VAT (\(rate))"),
                                   Money.format(group.tax)))
        }
        footer.append(totalRow(t("投标总价", "Total"), Money.format(prices.total)))
        footer.append(Table.Row([Table.Cell(t("投标总价（大写）", "Total in words"), colspan: 2),
                                 Table.Cell(prices.totalInWords(project.language), colspan: 7)]))
        if mixed {
            // Totals and words per rate: what the buyer's invoices will show for each.
            for group in prices.rates {
                let label = t("税率 \(Money.percent(group.rate)) 部分合计", "Total at \(Money.percent(group.rate)) VAT")
                footer.append(totalRow(label, Money.format(group.total)))
                footer.append(Table.Row([Table.Cell(t("\(label)（大写）", "\(label) in words"), colspan: 2),
                                         Table.Cell(prices.inWords(group.total, project.language), colspan: 7)]))
            }
        }
        let table = Table(columns: columns, header: [Table.Row(headers.map { Table.Cell($0) })], body: body, footer: footer,
                          role: "price-schedule")
        let note = t("注：单价与合价均为\(prices.pricesIncludeTax ? "含税价" : "不含税价")，货币单位为\(currencyUnit)。", "All prices in \(prices.currency)\(prices.pricesIncludeTax ? ", including tax" : ", excluding tax").")
        return [.paragraph(Paragraph([.text(note)])), .table(table), signature]
    }

    private func openingSummary() -> [Block] {
        let p = project, words = prices.totalInWords(p.language)
        var rows: [(String, String)] = [
            (t("项目名称", "Project"), p.info.name),
            (t("招标编号", "Tender number"), p.tender.number),
        ]
        if let lot = p.tender.lot { rows.append((t("包号", "Lot"), lot)) }
        rows += [
            (t("投标人名称", "Bidder"), p.bidder.name),
            (t("投标总价（小写）", "Total price (figures)"), (zh ? "¥" : prices.currency + " ") + Money.format(prices.total)),
            (t("投标总价（大写）", "Total price (words)"), words),
            (t("税率", "Tax rate"), prices.rateText(p.language)),
            (t("投标有效期", "Bid validity"), t("自投标截止之日起 \(p.bidder.validityDays) 日历天", "\(p.bidder.validityDays) days from the submission deadline")),
        ]
        let table = Table(
            columns: [.init(alignment: .left, weight: 3), .init(alignment: .left, weight: 7)],
            header: [Table.Row([Table.Cell(t("项目", "Item")), Table.Cell(t("内容", "Value"))])],
            body: rows.map { Table.Row([Table.Cell($0.0), Table.Cell($0.1)]) }, role: "opening-summary")
        return [.table(table), signature]
    }

    private func deviations(_ category: Requirement.Category) -> [Block] {
        let clauses = project.requirements.filter { $0.kind == .clause && ($0.category ?? .technical) == category }
        let sections = Dictionary(project.sections.enumerated().map { ($1.id, $1) }, uniquingKeysWith: { a, _ in a })
        let rows = clauses.enumerated().map { n, req -> Table.Row in
            let r = project.response(to: req.id)
            let status: String
            switch r?.response {
            case .comply?: status = t("无偏离", "Comply")
            case .positiveDeviation?: status = t("正偏离", "Positive deviation")
            case .negativeDeviation?: status = t("负偏离", "Negative deviation")
            case nil: status = t("未响应", "No response")
            }
            let place = r?.section.flatMap { sections[$0]?.title } ?? ""
            return Table.Row([String(n + 1), req.id, req.markedText, r?.offer ?? "", status,
                              r?.explanation ?? "", place].map { Table.Cell($0) })
        }
        let headers = [t("序号", "No."), t("条款号", "Clause"), t("招标要求", "Requirement"), t("投标响应", "Our offer"),
                       t("偏离情况", "Deviation"), t("说明", "Explanation"), t("所在章节", "Where in the bid")]
        let columns: [Table.Column] = [.init(alignment: .center, weight: 3), .init(alignment: .left, weight: 5),
                                       .init(alignment: .left, weight: 20), .init(alignment: .left, weight: 14),
                                       .init(alignment: .center, weight: 6), .init(alignment: .left, weight: 14),
                                       .init(alignment: .left, weight: 8)]
        // The note explains only the markers the tender used.
        var notes: [String] = []
        if clauses.contains(where: { $0.marker == .star }) {
            notes.append(t("标注★的条款为实质性条款，不允许负偏离", "Clauses marked ★ are mandatory; a negative deviation on them is not allowed"))
        }
        if clauses.contains(where: { $0.marker == .triangle }) {
            notes.append(t("标注▲的条款为重要条款（评分项）", "Clauses marked ▲ are important (scored)"))
        }
        let note = notes.isEmpty ? [] : [Block.paragraph(Paragraph([.text(t("注：", "") + notes.joined(separator: t("；", "; ")) + t("。", "."))]))]
        let table = Table(columns: columns, header: [Table.Row(headers.map { Table.Cell($0) })], body: rows,
                          role: category == .technical ? "technical-deviations" : "commercial-deviations")
        return note + [.table(table), signature]
    }

    private func qualificationList() -> [Block] {
        let rows = project.bidder.qualifications.enumerated().map { n, q in
            Table.Row([String(n + 1), q.name, q.number, q.issuer ?? "", q.expires?.formatted(project.language) ?? t("长期", "No expiry"),
                       q.file.map { ($0 as NSString).lastPathComponent } ?? ""].map { Table.Cell($0) })
        }
        let headers = [t("序号", "No."), t("证书名称", "Certificate"), t("证书编号", "Number"), t("发证机构", "Issuer"),
                       t("有效期至", "Valid until"), t("附件", "Attachment")]
        let columns: [Table.Column] = [.init(alignment: .center, weight: 3), .init(alignment: .left, weight: 16),
                                       .init(alignment: .left, weight: 10), .init(alignment: .left, weight: 10),
                                       .init(alignment: .center, weight: 8), .init(alignment: .left, weight: 10)]
        return [.table(Table(columns: columns, header: [Table.Row(headers.map { Table.Cell($0) })], body: rows,
                             role: "qualification-list")), signature]
    }

    /// Quantities as written: no trailing zeros ("12", "350.5").
    static func quantity(_ q: Decimal) -> String { NSDecimalNumber(decimal: q).description(withLocale: Locale(identifier: "en_US_POSIX")) }
}
