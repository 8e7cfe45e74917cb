import BidKitPluginSDK
@testable import DocxWriter
import Testing

@Suite struct TableTests {
    private func tables() throws -> XMLPart {
        let (docx, _) = try Fixtures.render(Fixtures.zh)
        return try docx.xml("word/document.xml")
    }

    @Test func priceScheduleHeaderRowRepeatsAndRowsDoNotSplit() throws {
        let doc = try tables()
        let price = try #require(doc.nodes("//w:tbl").first)
        let rows = doc.nodes("w:tr", at: price)
        #expect(rows.count == 5)
        #expect(doc.count("w:trPr/w:tblHeader", at: rows[0]) == 1)
        #expect(rows.dropFirst().allSatisfy { doc.count("w:trPr/w:tblHeader", at: $0) == 0 })
        #expect(rows.allSatisfy { doc.count("w:trPr/w:cantSplit", at: $0) == 1 })
    }

    @Test func columnWidthsFillTheTextWidthWithFixedLayout() throws {
        let doc = try tables()
        let price = try #require(doc.nodes("//w:tbl").first)
        let grid = doc.strings("w:tblGrid/w:gridCol/@w:w", at: price).compactMap { Int($0) }
        #expect(grid.count == 4)
        #expect(grid.reduce(0, +) == 8504)  // A4 less the cn-goods margins
        #expect(grid[1] > grid[0])  // weight 14 against 4
        #expect(doc.string("w:tblPr/w:tblLayout/@w:type", at: price) == "fixed")
        #expect(doc.string("w:tblPr/w:tblW/@w:type", at: price) == "dxa")
        #expect(doc.count("w:tblPr/w:tblBorders/w:insideV[@w:val='single']", at: price) == 1)
        let first = doc.strings("w:tr[2]/w:tc/w:tcPr/w:tcW/@w:w", at: price).compactMap { Int($0) }
        #expect(first == grid)
    }

    @Test func numbersAreRightAlignedAndTotalsBold() throws {
        let doc = try tables()
        let price = try #require(doc.nodes("//w:tbl").first)
        #expect(doc.string("w:tr[2]/w:tc[4]/w:p/w:pPr/w:jc/@w:val", at: price) == "right")
        #expect(doc.string("w:tr[2]/w:tc[1]/w:p/w:pPr/w:jc/@w:val", at: price) == "center")
        #expect(doc.string("w:tr[1]/w:tc[1]/w:p/w:pPr/w:pStyle/@w:val", at: price) == "TableHeading")
        for row in [4, 5] {
            #expect(doc.strings("w:tr[\(row)]/w:tc/w:p/w:pPr/w:pStyle/@w:val", at: price) == ["TableTotal", "TableTotal"])
        }
        let styles = try Fixtures.render(Fixtures.zh).0.xml("word/styles.xml")
        #expect(styles.count("//w:style[@w:styleId='TableTotal']/w:rPr/w:b") == 1)
    }

    @Test func colspanAndRowspanBecomeGridSpanAndVerticalMerge() throws {
        let doc = try tables()
        let price = try #require(doc.nodes("//w:tbl").first)
        #expect(doc.string("w:tr[4]/w:tc[1]/w:tcPr/w:gridSpan/@w:val", at: price) == "3")
        #expect(doc.count("w:tr[4]/w:tc", at: price) == 2)
        let spans = try #require(doc.nodes("//w:tbl").dropFirst().first)
        #expect(doc.string("w:tr[2]/w:tc[1]/w:tcPr/w:vMerge/@w:val", at: spans) == "restart")
        #expect(doc.string("w:tr[3]/w:tc[1]/w:tcPr/w:vMerge/@w:val", at: spans) == "continue")
        #expect(doc.count("w:tr[3]/w:tc", at: spans) == 3)
        #expect(doc.strings("w:tr[3]/w:tc[2]//w:t", at: spans) == ["交换机"])
        // The caption precedes its table and stays with it.
        #expect(doc.string("//w:p[w:pPr/w:pStyle/@w:val='Caption' and w:pPr/w:keepNext][following-sibling::*[1][self::w:tbl]]") == "表 1 设备分布")
    }

    @Test func widthsAddUpAndRespectMinimums() {
        let fitted = DocumentBuilder.fit([1000, 1000, 1000], minimum: [1500, 200, 200])
        #expect(fitted.reduce(0, +) == 3000)
        #expect(fitted[0] == 1500)
        #expect(DocumentBuilder.columnWidths(weights: [1, 1, 1], total: 8504) == [2835, 2835, 2834])
        #expect(DocumentBuilder.columnWidths(weights: [0, 2, 0], total: 100).reduce(0, +) == 100)
    }
}
