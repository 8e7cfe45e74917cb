import BidKitPluginSDK
import DocxWriter
import Testing

/// The WordprocessingML package: its parts, content types, relationships and properties.
@Suite struct PackageTests {
    @Test func everyPartIsPresentInAFixedOrder() throws {
        let (docx, _) = try Fixtures.render(Fixtures.zh)
        #expect(Array(docx.names.prefix(2)) == ["[Content_Types].xml", "_rels/.rels"])
        for part in ["docProps/core.xml", "docProps/app.xml", "word/document.xml", "word/_rels/document.xml.rels",
                     "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/fontTable.xml",
                     "word/theme/theme1.xml", "word/header1.xml", "word/footer1.xml",
                     "word/media/image1.png", "word/media/image4.jpeg"] {
            #expect(docx.names.contains(part), "missing \(part)")
        }
        let types = try docx.xml("[Content_Types].xml")
        #expect(types.count("/ct:Types/ct:Override[@PartName='/word/document.xml']") == 1)
        #expect(types.count("/ct:Types/ct:Default[@Extension='png' and @ContentType='image/png']") == 1)
        #expect(types.count("/ct:Types/ct:Default[@Extension='jpeg' and @ContentType='image/jpeg']") == 1)
        let rels = try docx.xml("word/_rels/document.xml.rels")
        for kind in ["styles", "numbering", "settings", "fontTable", "theme", "header", "footer"] {
            #expect(rels.count("//rel:Relationship[@Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/\(kind)']") == 1, "\(kind)")
        }
    }

    @Test func settingsAskWordToUpdateFields() throws {
        let (docx, _) = try Fixtures.render(Fixtures.zh)
        #expect(try docx.xml("word/settings.xml").string("/w:settings/w:updateFields/@w:val") == "true")
    }

    @Test func documentPropertiesComeFromTheMetadataNotTheClock() throws {
        let (docx, _) = try Fixtures.render(Fixtures.zh)
        let core = try docx.xml("docProps/core.xml")
        #expect(core.string("//dc:creator") == "某某智能科技有限公司")
        #expect(core.string("//dc:title") == "某市变电站视频监控项目")
        #expect(core.string("//dcterms:created") == "2026-12-08T00:00:00Z")
        #expect(core.string("//dcterms:modified") == "2026-12-08T00:00:00Z")
        #expect(try docx.xml("docProps/app.xml").string("//ep:Company") == "某某智能科技有限公司")
    }

    @Test func headerAndFooterCarryProjectTenderNumberAndPageField() throws {
        let (docx, _) = try Fixtures.render(Fixtures.zh)
        let header = try docx.xml("word/header1.xml").strings("//w:t").joined()
        #expect(header.contains("某市变电站视频监控项目"))
        #expect(header.contains("ZB-2026-0001"))
        #expect(!header.contains("{{"))
        #expect(try docx.xml("word/footer1.xml").strings("//w:instrText").contains { $0.contains("PAGE") })
    }

    @Test func coverCarriesTitleTenderNumberBidderDateAndCopyMark() throws {
        let (docx, _) = try Fixtures.render(Fixtures.zh)
        let texts = try docx.xml("word/document.xml").strings("/w:document/w:body/w:p[position() <= 9]").joined(separator: "|")
        for expected in ["正本", "某市变电站视频监控项目", "ZB-2026-0001", "国网某市供电公司", "某某智能科技有限公司", "2026年12月8日"] {
            #expect(texts.contains(expected), "cover lacks \(expected)")
        }
    }

    @Test func eachPartStartsANewSectionWithHeaderAndFooter() throws {
        let (docx, _) = try Fixtures.render(Fixtures.zh)
        let doc = try docx.xml("word/document.xml")
        // cover + table of contents + two parts
        #expect(doc.count("//w:sectPr") == 4)
        #expect(doc.count("//w:sectPr[w:headerReference and w:footerReference]") == 3)
        #expect(doc.count("//w:sectPr[not(w:headerReference)]") == 1)
        #expect(doc.count("/w:document/w:body/*[last()][self::w:sectPr]") == 1)
        #expect(doc.count("//w:sectPr/w:pgSz[@w:w='11906' and @w:h='16838']") == 4)
        // The second part's heading follows the first part's section break.
        #expect(doc.count("//w:p[w:pPr/w:sectPr]/following-sibling::w:p[1][w:pPr/w:pStyle/@w:val='Heading1']") == 2)
    }

    @Test func eastAsiaFontsAndLanguageComeFromTheTemplate() throws {
        let (docx, _) = try Fixtures.render(Fixtures.zh)
        let styles = try docx.xml("word/styles.xml")
        #expect(styles.string("/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:rFonts/@w:eastAsia") == "SimSun")
        #expect(styles.string("/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:rFonts/@w:ascii") == "Times New Roman")
        #expect(styles.string("/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:eastAsia") == "zh-CN")
        #expect(styles.string("//w:style[@w:styleId='Heading1']/w:rPr/w:rFonts/@w:eastAsia") == "SimHei")
        #expect(styles.string("//w:style[@w:styleId='VerbatimChar']/w:rPr/w:rFonts/@w:eastAsia") == "NSimSun")
        let fonts = try docx.xml("word/fontTable.xml")
        #expect(fonts.string("//w:font[@w:name='SimSun']/w:altName/@w:val") == "宋体")
    }

    @Test func pageSetupAndRenderingWorkWithoutATemplate() throws {
        let output = try DocxWriter().renderDocx(Fixtures.zh, options: [:])
        let docx = try DocxFile(output.bytes)
        let doc = try docx.xml("word/document.xml")
        // Built-in styles do not number headings, so the core's numbers are typed.
        #expect(doc.strings("//w:p[w:pPr/w:pStyle/@w:val='Heading1']").first?.hasPrefix("第一章") == true)
        #expect(output.warnings.isEmpty)
    }
}
