import BidKitPluginSDK
import DocxWriter
import Testing

/// Headings are numbered by Word from numbering.xml, in step with the core's numbers.
@Suite struct HeadingTests {
    @Test func headingStylesCarryNumberingLinkedToTheChineseMultilevelList() throws {
        let (docx, _) = try Fixtures.render(Fixtures.zh)
        let styles = try docx.xml("word/styles.xml")
        let numbering = try docx.xml("word/numbering.xml")
        for level in 1...5 {
            let numID = try #require(styles.string("//w:style[@w:styleId='Heading\(level)']/w:pPr/w:numPr/w:numId/@w:val"))
            let ilvl = styles.string("//w:style[@w:styleId='Heading\(level)']/w:pPr/w:numPr/w:ilvl/@w:val") ?? "0"
            #expect(ilvl == String(level - 1))
            let abstractID = try #require(numbering.string("/w:numbering/w:num[@w:numId='\(numID)']/w:abstractNumId/@w:val"))
            let lvl = "/w:numbering/w:abstractNum[@w:abstractNumId='\(abstractID)']/w:lvl[@w:ilvl='\(level - 1)']"
            let expected = [("第%1章", "chineseCounting"), ("%2、", "chineseCounting"), ("（%3）", "chineseCounting"),
                            ("%4.", "decimal"), ("(%5)", "decimal")][level - 1]
            #expect(numbering.string(lvl + "/w:lvlText/@w:val") == expected.0)
            #expect(numbering.string(lvl + "/w:numFmt/@w:val") == expected.1)
            #expect(numbering.string(lvl + "/w:pStyle/@w:val") == "Heading\(level)")
        }
    }

    @Test func partsSectionsAndContentHeadingsUseHeadingStylesWithoutTypedNumbers() throws {
        let (docx, _) = try Fixtures.render(Fixtures.zh)
        let doc = try docx.xml("word/document.xml")
        #expect(doc.strings("//w:p[w:pPr/w:pStyle/@w:val='Heading1']") == ["商务部分", "技术部分"])
        #expect(doc.strings("//w:p[w:pPr/w:pStyle/@w:val='Heading2']") == ["投标函", "分项报价表", "技术方案"])
        #expect(doc.strings("//w:p[w:pPr/w:pStyle/@w:val='Heading3']") == ["总体设计"])
        #expect(doc.strings("//w:p[w:pPr/w:pStyle/@w:val='Heading4']") == ["系统架构"])
        #expect(doc.strings("//w:p[w:pPr/w:pStyle/@w:val='Heading5']") == ["前端"])
        // Sections after the first of a part start on a new page.
        #expect(doc.count("//w:p[w:pPr/w:pStyle/@w:val='Heading2' and w:pPr/w:pageBreakBefore]") == 1)
    }

    @Test func everyHeadingHasABookmarkNamedFromItsAnchor() throws {
        let (docx, _) = try Fixtures.render(Fixtures.zh)
        let doc = try docx.xml("word/document.xml")
        let names = doc.strings("//w:p[starts-with(w:pPr/w:pStyle/@w:val, 'Heading')]/w:bookmarkStart/@w:name")
        #expect(names == ["commercial", "bid_letter", "price_schedule", "technical", "solution", "solution_1", "solution_1_1", "solution_1_1_1"])
        let ids = doc.strings("//w:bookmarkStart/@w:id")
        #expect(Set(ids).count == ids.count)
        #expect(doc.count("//w:bookmarkEnd") == ids.count)
    }

    @Test func englishHeadingsUseDecimalNumbering() throws {
        let (docx, _) = try Fixtures.render(Fixtures.en)
        let styles = try docx.xml("word/styles.xml")
        let numbering = try docx.xml("word/numbering.xml")
        let numID = try #require(styles.string("//w:style[@w:styleId='Heading1']/w:pPr/w:numPr/w:numId/@w:val"))
        let abstractID = try #require(numbering.string("/w:numbering/w:num[@w:numId='\(numID)']/w:abstractNumId/@w:val"))
        let base = "/w:numbering/w:abstractNum[@w:abstractNumId='\(abstractID)']"
        #expect(numbering.strings(base + "/w:lvl[position() <= 3]/w:lvlText/@w:val") == ["%1", "%1.%2", "%1.%2.%3"])
        #expect(Set(numbering.strings(base + "/w:lvl[position() <= 5]/w:numFmt/@w:val")) == ["decimal"])
        let doc = try docx.xml("word/document.xml")
        #expect(doc.strings("//w:p[w:pPr/w:pStyle/@w:val='Heading3']") == ["Scope"])
        #expect(styles.string("/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:rFonts/@w:ascii") == "Calibri")
        #expect(styles.string("//w:style[@w:styleId='Heading1']/w:rPr/w:rFonts/@w:ascii") == "Cambria")
    }
}
