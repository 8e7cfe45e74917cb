import BidKitPluginSDK
import DocxWriter
import Testing

/// Inline formatting, hyperlinks, breaks and the soft-break rule.
@Suite struct RunTests {
    private func letter() throws -> (DocxFile, XMLPart) {
        let (docx, _) = try Fixtures.render(Fixtures.zh)
        return (docx, try docx.xml("word/document.xml"))
    }

    @Test func boldItalicUnderlineStrikeAndCode() throws {
        let (_, doc) = try letter()
        #expect(doc.string("//w:r[w:rPr/w:b and not(w:rPr/w:i)]/w:t") == "粗体")
        #expect(doc.string("//w:r[w:rPr/w:i]/w:t") == "斜体")
        // The first underlined run with text (the cover's signing line is underlined blanks).
        #expect(doc.strings("//w:r[w:rPr/w:u/@w:val='single' and not(w:rPr/w:rStyle)]/w:t")
            .first { !$0.allSatisfy { $0 == "\u{00A0}" } } == "下划线")
        #expect(doc.string("//w:r[w:rPr/w:strike]/w:t") == "删除线")
        #expect(doc.string("//w:r[w:rPr/w:rStyle/@w:val='VerbatimChar']/w:t") == "code()")
    }

    @Test func hyperlinksAreExternalRelationships() throws {
        let (docx, doc) = try letter()
        let link = try #require(doc.nodes("//w:hyperlink[@r:id]").first)
        #expect(doc.string("w:r/w:t", at: link) == "链接")
        #expect(doc.string("w:r/w:rPr/w:rStyle/@w:val", at: link) == "Hyperlink")
        let id = try #require(doc.string("@r:id", at: link))
        let rels = try docx.xml("word/_rels/document.xml.rels")
        #expect(rels.string("//rel:Relationship[@Id='\(id)']/@TargetMode") == "External")
        #expect(rels.string("//rel:Relationship[@Id='\(id)']/@Target") == "https://example.com/a%20b")
    }

    @Test func internalLinksPointAtHeadingBookmarks() throws {
        var package = Fixtures.zh
        package.parts[1].sections[0].blocks.append(.paragraph(Paragraph([.link(url: "#bid-letter", content: [.text("见投标函")])])))
        let (docx, _) = try Fixtures.render(package)
        let doc = try docx.xml("word/document.xml")
        #expect(doc.string("//w:hyperlink[w:r/w:t='见投标函']/@w:anchor") == "bid_letter")
        #expect(doc.count("//w:bookmarkStart[@w:name='bid_letter']") == 1)
    }

    @Test func lineBreaksSoftBreaksAndPageBreaks() throws {
        let (_, doc) = try letter()
        let paragraph = try #require(doc.nodes("//w:p[.//w:t='致：']").first)
        #expect(doc.count(".//w:br[not(@w:type)]", at: paragraph) == 1)
        // Soft break: nothing between CJK, a space between Latin words.
        let text = doc.strings(".//w:t", at: paragraph).joined()
        #expect(text.hasSuffix("第二行中文续行 Latin words"))
        #expect(doc.count("//w:br[@w:type='page']") == 1)
    }

    @Test func englishSoftBreakBecomesASpace() throws {
        let (docx, _) = try Fixtures.render(Fixtures.en)
        let doc = try docx.xml("word/document.xml")
        #expect(doc.strings("//w:p[w:pPr/w:pStyle/@w:val='BodyText']").contains("Dear Sir"))
    }

    @Test func quoteCodeAndThematicBreak() throws {
        let (_, doc) = try letter()
        #expect(doc.string("//w:p[w:pPr/w:pStyle/@w:val='Quote']") == "引用的文字")
        let code = try #require(doc.nodes("//w:p[w:pPr/w:pStyle/@w:val='SourceCode']").first)
        #expect(doc.strings(".//w:t", at: code) == ["line 1", "    indented", "line"])
        #expect(doc.strings(".//w:t/@xml:space", at: code).allSatisfy { $0 == "preserve" })
        #expect(doc.count(".//w:br", at: code) == 1)
        #expect(doc.count(".//w:tab", at: code) == 1)
        #expect(doc.count("//w:p[w:pPr/w:pBdr/w:bottom[@w:val='single'] and not(.//w:t)]") == 1)
    }

    @Test func signatureLinesAreRightAlignedAndKeptTogether() throws {
        let (docx, doc) = try letter()
        let lines = doc.nodes("//w:p[w:pPr/w:pStyle/@w:val='Signature']")
        #expect(lines.count == 3)
        #expect(doc.strings(".//w:t", at: lines[0]).joined() == "投标人（盖章）：某某智能科技有限公司")
        #expect(lines.dropLast().allSatisfy { doc.count("w:pPr/w:keepNext", at: $0) == 1 })
        // An empty value is a line to sign on.
        #expect(doc.count(".//w:r[w:rPr/w:u]", at: lines[1]) == 1)
        #expect(try docx.xml("word/styles.xml").string("//w:style[@w:styleId='Signature']/w:pPr/w:jc/@w:val") == "right")
    }
}
