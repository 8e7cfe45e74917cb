import BidKitPluginSDK
import DocxWriter
import Foundation
import Testing

/// Lists: numbering instances per list, nesting levels, start numbers.
@Suite struct ListTests {
    @Test func nestedListsUseDeeperLevelsOfTheirListsNumbering() throws {
        let (docx, _) = try Fixtures.render(Fixtures.zh)
        let doc = try docx.xml("word/document.xml")
        func numPr(_ text: String) -> (String?, String?) {
            (doc.string("//w:p[.//w:t='\(text)']/w:pPr/w:numPr/w:numId/@w:val"),
             doc.string("//w:p[.//w:t='\(text)']/w:pPr/w:numPr/w:ilvl/@w:val"))
        }
        let first = numPr("第一项"), second = numPr("二级"), third = numPr("三级"), other = numPr("另一列表")
        #expect(first.1 == "0")
        #expect(second.1 == "1")
        #expect(third.1 == "2")
        #expect(first.0 == second.0 && second.0 == third.0)
        #expect(other.0 != first.0)  // each list restarts with its own w:num
        // A later paragraph of an item is indented, not numbered.
        #expect(doc.count("//w:p[.//w:t='第二项的第二段'][w:pPr/w:ind and not(w:pPr/w:numPr)]") == 1)

        let numbering = try docx.xml("word/numbering.xml")
        let numID = try #require(first.0)
        #expect(numbering.string("//w:num[@w:numId='\(numID)']/w:lvlOverride[@w:ilvl='0']/w:startOverride/@w:val") == "3")
        let abstractID = try #require(numbering.string("//w:num[@w:numId='\(numID)']/w:abstractNumId/@w:val"))
        let abstract = "//w:abstractNum[@w:abstractNumId='\(abstractID)']"
        #expect(numbering.string(abstract + "/w:lvl[@w:ilvl='0']/w:numFmt/@w:val") == "decimal")
        #expect(numbering.string(abstract + "/w:lvl[@w:ilvl='1']/w:numFmt/@w:val") == "bullet")
        #expect(numbering.string(abstract + "/w:lvl[@w:ilvl='2']/w:numFmt/@w:val") != "bullet")
        let indents = (0...2).compactMap { numbering.string(abstract + "/w:lvl[@w:ilvl='\($0)']/w:pPr/w:ind/@w:left").flatMap { Int($0) } }
        #expect(indents.count == 3 && indents[0] < indents[1] && indents[1] < indents[2])
        // All abstract definitions precede all instances, as the schema requires.
        #expect(numbering.count("/w:numbering/w:num[following-sibling::w:abstractNum]") == 0)
        let nsids = numbering.strings("//w:abstractNum/w:nsid/@w:val")
        #expect(Set(nsids).count == nsids.count)
    }

    /// A reference with list models but no `w:num` of its own, ending in `w:numIdMacAtCleanup`: every list's
    /// definitions still go in schema order (abstract definitions, then instances, then the cleanup marker),
    /// now that the insertion points are found once instead of by a query per list.
    @Test func listsInAReferenceWithoutInstancesKeepTheSchemaOrder() throws {
        var numbering = try ReferenceFixtures.part("cn-goods", "word/numbering.xml")
        numbering = numbering.replacingOccurrences(of: #"<w:num w:numId="[0-9]+"><w:abstractNumId w:val="[0-9]+"/></w:num>"#,
                                                   with: "", options: .regularExpression)
        numbering = numbering.replacingOccurrences(of: "</w:numbering>", with: "<w:numIdMacAtCleanup w:val=\"0\"/></w:numbering>")
        #expect(!numbering.contains("<w:num "))
        let reference = try ReferenceFixtures.docx(from: "cn-goods", replacing: ["word/numbering.xml": Array(numbering.utf8)])
        let docx = try DocxFile(try DocxWriter().renderDocx(Fixtures.zh, options: ["reference_docx": reference.path]).bytes)
        let part = try docx.xml("word/numbering.xml")
        #expect(part.count("/w:numbering/w:num") >= 2)
        #expect(part.count("/w:numbering/w:num[following-sibling::w:abstractNum]") == 0)
        #expect(part.count("/w:numbering/w:numIdMacAtCleanup[following-sibling::*]") == 0)
        let ids = part.strings("/w:numbering/w:num/@w:numId")
        #expect(Set(ids).count == ids.count)
    }
}
