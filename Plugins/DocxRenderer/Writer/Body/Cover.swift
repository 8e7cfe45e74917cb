import BidKitPluginSDK

/// The cover page: the 正本/副本 mark (zh, from field `copy`), the project title, what the
/// document is, and the tender number, buyer, bidder and date as label–value lines aligned on a
/// tab stop of the Cover Field style.
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
        body.append(.paragraph(title, content: run(text: m.title, format: RunFormat(bold: title.style == nil))))
        if let lot = m.field("lot"), !lot.isEmpty {
            var props = ParagraphProperties()
            props.style = style("Subtitle")
            body.append(.paragraph(props, content: run(text: zh ? "（\(lot)）" : "(\(lot))")))
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
        for (label, value) in lines where !value.isEmpty {
            var props = ParagraphProperties()
            props.style = style("Cover Field")
            body.append(.paragraph(props, content: run(text: label + (zh ? "：" : ":")) + "<w:r><w:tab/></w:r>" + run(text: value)))
        }
    }
}
