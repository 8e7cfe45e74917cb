/// Parts used when the reference (template folder or .docx) lacks them: plain but complete, so a
/// project without a template, or a minimal reference.docx, still renders a sound document.
/// Headings here are not numbered by Word; the renderer then types the core's numbers as text.
enum DefaultParts {
    static let wordNamespaces = "xmlns:w=\"\(NS.w)\" xmlns:r=\"\(NS.r)\""

    static func styles(language: String) -> String {
        let zh = language == "zh"
        let latin = zh ? "Times New Roman" : "Calibri"
        let east = "SimSun"
        let heading = zh ? "SimHei" : "Cambria"
        let size = zh ? 24 : 22
        func style(_ id: String, _ name: String, type: String = "paragraph", basedOn: String? = "Normal",
                   extra: String = "", pPr: String = "", rPr: String = "") -> String {
            var s = "<w:style w:type=\"\(type)\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
            if let basedOn { s += "<w:basedOn w:val=\"\(basedOn)\"/>" }
            s += extra
            if !pPr.isEmpty { s += "<w:pPr>\(pPr)</w:pPr>" }
            if !rPr.isEmpty { s += "<w:rPr>\(rPr)</w:rPr>" }
            return s + "</w:style>"
        }
        let headingFont = "<w:rFonts w:ascii=\"\(heading)\" w:hAnsi=\"\(heading)\" w:eastAsia=\"SimHei\"/><w:b/><w:bCs/>"
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles \(wordNamespaces)>"
        out += "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"\(latin)\" w:hAnsi=\"\(latin)\" w:eastAsia=\"\(east)\" w:cs=\"\(latin)\"/>"
        out += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/><w:lang w:val=\"\(LatinLanguage.tag)\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
        out += "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"\(zh ? 360 : 276)\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
        out += style("Normal", "Normal", basedOn: nil, extra: "<w:qFormat/>", pPr: zh ? "<w:jc w:val=\"both\"/>" : "")
        out += style("BodyText", "Body Text", pPr: zh ? "<w:ind w:firstLineChars=\"200\" w:firstLine=\"480\"/>" : "<w:spacing w:after=\"120\"/>")
        let sizes = [36, 30, 28, 24, 24, 24, 24]
        // Headings below the part title are flush left: a justified heading that wraps (a two-line
        // attachment caption) spreads its first line's characters across the width.
        for level in 1...7 {
            out += style("Heading\(level)", "heading \(level)", extra: "<w:next w:val=\"BodyText\"/><w:qFormat/>",
                         pPr: "<w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"120\"/>\(zh ? (level == 1 ? "<w:jc w:val=\"center\"/>" : "<w:jc w:val=\"left\"/>") : "")<w:outlineLvl w:val=\"\(level - 1)\"/>",
                         rPr: headingFont + "<w:sz w:val=\"\(sizes[level - 1])\"/><w:szCs w:val=\"\(sizes[level - 1])\"/>")
        }
        out += style("Title", "Title", pPr: "<w:spacing w:before=\"2400\" w:after=\"600\"/><w:jc w:val=\"center\"/>", rPr: headingFont + "<w:sz w:val=\"44\"/>")
        out += style("Subtitle", "Subtitle", pPr: "<w:spacing w:after=\"1800\"/><w:jc w:val=\"center\"/>", rPr: headingFont + "<w:sz w:val=\"52\"/>")
        out += style("CoverField", "Cover Field", pPr: "<w:spacing w:after=\"200\"/><w:ind w:left=\"1440\"/><w:jc w:val=\"left\"/>", rPr: "<w:sz w:val=\"30\"/>")
        out += style("CoverCopyMark", "Cover Copy Mark", pPr: "<w:jc w:val=\"right\"/>", rPr: headingFont + "<w:sz w:val=\"32\"/>")
        out += style("TOCHeading", "TOC Heading", pPr: "<w:spacing w:after=\"240\"/><w:jc w:val=\"center\"/>", rPr: headingFont + "<w:sz w:val=\"32\"/>")
        for level in 1...3 {
            out += style("TOC\(level)", "toc \(level)", pPr: "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"8296\"/></w:tabs><w:ind w:left=\"\((level - 1) * 420)\"/>")
        }
        out += style("Caption", "caption", pPr: "<w:spacing w:before=\"60\" w:after=\"120\"/><w:jc w:val=\"center\"/>", rPr: "<w:sz w:val=\"21\"/>")
        out += style("Image", "Image", pPr: "<w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>")
        out += style("TableText", "Table Text", pPr: "<w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>", rPr: "<w:sz w:val=\"21\"/>")
        out += style("TableHeading", "Table Heading", basedOn: "TableText", pPr: "<w:keepNext/><w:jc w:val=\"center\"/>", rPr: "<w:b/>")
        out += style("TableTotal", "Table Total", basedOn: "TableText", rPr: "<w:b/>")
        out += style("ListParagraph", "List Paragraph", pPr: "<w:jc w:val=\"left\"/>")
        out += style("Quote", "Quote", pPr: "<w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"8\" w:color=\"A6A6A6\"/></w:pBdr><w:ind w:left=\"567\" w:right=\"567\"/>", rPr: "<w:color w:val=\"595959\"/>")
        out += style("SourceCode", "Source Code", pPr: "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F2F2F2\"/><w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>", rPr: "<w:rFonts w:ascii=\"Consolas\" w:hAnsi=\"Consolas\" w:eastAsia=\"NSimSun\" w:cs=\"Courier New\"/><w:sz w:val=\"20\"/>")
        out += style("VerbatimChar", "Verbatim Char", type: "character", basedOn: nil, rPr: "<w:rFonts w:ascii=\"Consolas\" w:hAnsi=\"Consolas\" w:eastAsia=\"NSimSun\" w:cs=\"Courier New\"/>")
        out += style("Hyperlink", "Hyperlink", type: "character", basedOn: nil, rPr: "<w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/>")
        out += style("Signature", "Signature", pPr: "<w:keepNext/><w:spacing w:before=\"120\"/><w:jc w:val=\"right\"/>")
        out += style("Header", "header", pPr: "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"auto\"/></w:pBdr><w:tabs><w:tab w:val=\"right\" w:pos=\"8306\"/></w:tabs><w:spacing w:line=\"240\" w:lineRule=\"auto\"/>", rPr: "<w:sz w:val=\"18\"/>")
        out += style("Footer", "footer", pPr: "<w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>", rPr: "<w:sz w:val=\"18\"/>")
        out += "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
        out += "<w:style w:type=\"table\" w:styleId=\"BidTable\"><w:name w:val=\"Bid Table\"/><w:basedOn w:val=\"TableNormal\"/><w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/></w:tblBorders></w:tblPr></w:style>"
        return out + "</w:styles>"
    }

    /// Bullet and ordered list models, found by their names; no heading numbering.
    static let numbering: String = {
        func levels(ordered: Bool) -> String {
            let bullets = ["\u{2022}", "\u{25E6}", "\u{25AA}"]
            let formats = ["decimal", "lowerLetter", "lowerRoman"]
            return (0..<9).map { i in
                let fmt = ordered ? formats[i % 3] : "bullet"
                let text = ordered ? "%\(i + 1)." : bullets[i % 3]
                return "<w:lvl w:ilvl=\"\(i)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(fmt)\"/><w:lvlText w:val=\"\(text)\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"\((i + 1) * 420)\" w:hanging=\"420\"/></w:pPr></w:lvl>"
            }.joined()
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:numbering \(wordNamespaces)>"
            + "<w:abstractNum w:abstractNumId=\"1\"><w:nsid w:val=\"5B1D0001\"/><w:multiLevelType w:val=\"hybridMultilevel\"/><w:name w:val=\"BidKit Bullet\"/>\(levels(ordered: false))</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"2\"><w:nsid w:val=\"5B1D0002\"/><w:multiLevelType w:val=\"hybridMultilevel\"/><w:name w:val=\"BidKit Ordered\"/>\(levels(ordered: true))</w:abstractNum>"
            + "</w:numbering>"
    }()

    static func settings(language: String) -> String {
        let zh = language == "zh"
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:settings \(wordNamespaces)>"
            + "<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"\(zh ? 420 : 720)\"/>"
            + "<w:characterSpacingControl w:val=\"\(zh ? "compressPunctuation" : "doNotCompress")\"/>"
            + "<w:updateFields w:val=\"true\"/><w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
            + "<w:themeFontLang w:val=\"\(LatinLanguage.tag)\" w:eastAsia=\"zh-CN\"/><w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/></w:settings>"
    }

    /// The words come from the package (`HeaderFooter`): `{{tender.reference}}` is "招标编号：…" or
    /// "Tender number: …", `{{page.before}}`/`{{page.after}}` surround the page number.
    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:hdr \(wordNamespaces)><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>"
        + "<w:r><w:t xml:space=\"preserve\">{{project.name}}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space=\"preserve\">{{tender.reference}}</w:t></w:r></w:p></w:hdr>"

    static let footer = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:ftr \(wordNamespaces)><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
        + "<w:r><w:t xml:space=\"preserve\">{{page.before}}</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        + "<w:r><w:t xml:space=\"preserve\">{{page.after}}</w:t></w:r></w:p></w:ftr>"
}
