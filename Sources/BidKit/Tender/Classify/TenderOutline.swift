/// Which part of a tender the importer is reading, from its chapter and section titles — whether
/// they came as Word heading styles, bold paragraphs or centred lines of a PDF.
enum TenderPart: String, Sendable {
    case cover, notice, frontTable, instructions, qualification, scoring, technical, commercial, contract, forms, other

    /// The part a title names, or nil when the title says nothing about it.
    static func named(by title: String) -> TenderPart? {
        let t = title.lowercased()
        let rules: [([String], TenderPart)] = [
            (["前附表", "data sheet", "key rfp information", "key information"], .frontTable),
            (["投标文件格式", "响应文件格式", "投标文件组成", "required forms", "proposal forms", "forms"], .forms),
            (["资格要求", "资格条件", "资格审查", "qualification"], .qualification),
            (["评标办法", "评分标准", "评审办法", "评标标准", "evaluation"], .scoring),
            (["商务要求", "商务条款", "commercial"], .commercial),
            (["采购需求", "技术要求", "技术规格", "技术参数", "用户需求", "scope of work", "technical", "specification", "statement of work"], .technical),
            (["须知", "instructions"], .instructions),
            (["招标公告", "投标邀请", "采购公告", "invitation", "introduction"], .notice),
            (["合同", "contract", "general terms", "terms and conditions"], .contract),
        ]
        for (words, part) in rules where words.contains(where: t.contains) { return part }
        return nil
    }

    /// Requirements found here are clauses of this category (qualifications and forms are not clauses).
    var category: Requirement.Category { self == .technical ? .technical : .commercial }
}

/// Recognises headings and keeps the current chapter, section and last section number.
struct TenderOutline {
    private(set) var chapter: TenderPart = .cover
    private(set) var section: TenderPart?
    /// The number of the innermost numbered heading ("2" of "2 主要设备技术参数"), for table row ids.
    private(set) var headingNumber: String?

    var part: TenderPart { section ?? chapter }

    /// True when `p` is a heading; the outline then moves to it.
    mutating func visit(_ p: TenderParagraph, text: String) -> Bool {
        guard let level = Self.level(of: p, text: text) else { return false }
        let named = TenderPart.named(by: text)
        if level == 0 {
            chapter = named ?? .other
            section = nil
            headingNumber = nil
        } else {
            if let named { section = named } else if section != nil, chapter != .technical { section = nil }
            if let n = ClauseText.leadingNumber(text), n.kind != .coded { headingNumber = n.number }
        }
        return true
    }

    /// 0 for a chapter, 1 for a section, nil for body text.
    static func level(of p: TenderParagraph, text: String) -> Int? {
        if text.range(of: #"^第[一二三四五六七八九十百]+章"#, options: .regularExpression) != nil, text.count <= 40 { return 0 }
        let sentenceEnd = text.last.map { "。；;，,：:".contains($0) } ?? true
        if sentenceEnd || text.count > 40 || text.hasPrefix("★") || text.hasPrefix("▲") { return nil }
        if let level = p.headingLevel { return min(level, 1) }
        let number = ClauseText.leadingNumber(text)
        if number?.kind == .coded { return nil }
        if p.bold || p.centered {
            // An English chapter is "4 Scope of Work"; a bold "2 主要设备技术参数" is a section.
            if let n = number, n.kind == .item, text.range(of: #"^[0-9]+ [A-Z]"#, options: .regularExpression) != nil { _ = n; return 0 }
            if !p.bold, text.contains(where: { $0 == "：" || $0 == ":" }) { return nil }  // a centred "招标编号：…" on a cover
            return p.centered && number == nil && ClauseText.chineseHeadingNumber(text) == nil ? 0 : 1
        }
        if ClauseText.chineseHeadingNumber(text) != nil, text.count <= 20 { return 1 }
        if text.range(of: #"^[0-9]{1,2} \p{Han}{2,}$"#, options: .regularExpression) != nil { return 1 }
        return nil
    }
}
