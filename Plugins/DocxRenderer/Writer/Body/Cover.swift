import BidKitPluginSDK

/// The cover page: the 正本/副本 mark (zh, from field `copy`), the project title (broken between
/// words, `CoverTitle`), the lot under it in a smaller size, what the document is, and the tender
/// number, buyer, bidder and date as label–value lines aligned on a tab stop of the Cover Field
/// style, with the HTML cover's 法定代表人或其委托代理人（签字） line in Chinese bids.
extension DocumentBuilder {
    func cover() {
        let m = metadata
        if zh, let copy = m.field("copy"), !copy.isEmpty {
            var props = ParagraphProperties()
            props.style = style("Cover Copy Mark")
            props.alignment = "right"
            let boxed = "<w:r><w:rPr><w:bdr w:val=\"single\" w:sz=\"12\" w:space=\"4\" w:color=\"auto\"/></w:rPr>\(textContent(" \(copy) "))</w:r>"
            body.append(.paragraph(props, content: boxed))
        }
        var title = ParagraphProperties()
        title.style = style("Title")
        if title.style == nil { title.alignment = "center" }
        // A Chinese title of two lines breaks between words (`CoverTitle`), at the templates' 22 pt.
        let titleLines = zh ? CoverTitle.lines(m.title, halfPoints: 44, width: reference.page.textWidth) : [m.title]
        let titleFormat = RunFormat(bold: title.style == nil)
        body.append(.paragraph(title, content: titleLines.map { run(text: $0, format: titleFormat) }.joined(separator: "<w:r><w:br/></w:r>")))
        if let lot = m.field("lot"), !lot.isEmpty {
            // Under the title and smaller than it (16 pt / 14 pt), not in the document kind's large size.
            var props = ParagraphProperties()
            props.style = style("Subtitle")
            props.spacing = "<w:spacing w:before=\"0\" w:after=\"600\"/>"
            body.append(.paragraph(props, content: run(text: zh ? "（\(lot)）" : "(\(lot))", format: RunFormat(size: zh ? 32 : 28))))
        }
        var kind = ParagraphProperties()
        kind.style = style("Subtitle")
        if kind.style == nil { kind.alignment = "center" }
        // `document_kind` names a document that is not the bid itself (the check report's 投标文件检查报告).
        let documentKind = m.field("document_kind").flatMap { $0.isEmpty ? nil : $0 } ?? (zh ? "投 标 文 件" : "Proposal")
        body.append(.paragraph(kind, content: run(text: documentKind)))
        // A volume of a bid split into separate documents names itself under the document kind.
        if let volume = m.field("volume"), !volume.isEmpty {
            var props = ParagraphProperties()
            props.style = style("Subtitle")
            if props.style == nil { props.alignment = "center" }
            body.append(.paragraph(props, content: run(text: zh ? "（\(volume)）" : volume)))
        }

        let date = DateText.display(m.date, language: m.language)
        let lines: [(String, String)] = zh
            ? [("招标编号", m.tenderNumber), ("招 标 人", m.buyer), ("投 标 人", m.bidder.isEmpty ? "" : m.bidder + "（盖章）"), ("日    期", date)]
            : [("Tender number", m.tenderNumber), ("Prepared for", m.buyer), ("Submitted by", m.bidder), ("Date", date)]
        // The HTML cover's signing line, before the date: a line to sign on, no name printed.
        var signing: BodyElement? = nil
        if zh {
            var props = ParagraphProperties()
            props.style = style("Cover Field")
            signing = .paragraph(props, content: run(text: "法定代表人或其委托代理人：")
                + run(text: String(repeating: "\u{00A0}", count: 16), format: RunFormat(underline: true)) + run(text: "（签字）"))
        }
        for (i, (label, value)) in lines.enumerated() {
            if i == lines.count - 1, let line = signing { body.append(line) }
            guard !value.isEmpty else { continue }
            var props = ParagraphProperties()
            props.style = style("Cover Field")
            body.append(.paragraph(props, content: run(text: label + (zh ? "：" : ":")) + "<w:r><w:tab/></w:r>" + run(text: value)))
        }
    }
}
