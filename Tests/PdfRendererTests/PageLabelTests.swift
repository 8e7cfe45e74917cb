@testable import BidKitExternalTools
import Testing
@testable import PdfWriter

@Suite("PDF page labels")
struct PageLabelTests {
    @Test func namedDestinationsAreHexEscapedBookmarkNames() {
        #expect(PageLabels.destinationName("bid_letter") == "bid5Fletter")
        #expect(PageLabels.destinationName("h1_2") == "h15F2")
    }

    @Test func coverUnnumberedTocRomanPartsFromOne() {
        #expect(PageLabels.label(1, firstNumbered: 4) == "")
        #expect(PageLabels.label(2, firstNumbered: 4) == "I")
        #expect(PageLabels.label(3, firstNumbered: 4) == "II")
        #expect(PageLabels.label(4, firstNumbered: 4) == "1")
        #expect(PageLabels.label(17, firstNumbered: 4) == "14")
    }

    @Test func pdfinfoDestinationLinesGivePagesAndDistanceFromTop() {
        let text = """
        Page  Destination                 Name
           3 [ XYZ  115  702 null      ] "bid5Fletter"
          14 [ XYZ  115  759 null      ] "qualification5Flist"
        """
        let d = Poppler.parseDestinations(text, pageHeights: [3: 841.89, 14: 841.89])
        #expect(d.map(\.name) == ["bid5Fletter", "qualification5Flist"])
        #expect(d.map(\.page) == [3, 14])
        #expect(Int(d[0].fromTop ?? 0) == 139)
        let map = PageLabels.map(pages: 20, destinations: d, bookmarks: ["bid-letter": "bid_letter", "commercial": "commercial"],
                                 firstPart: "commercial")
        #expect(map["bid-letter"]?.page == 3)
        #expect(map["commercial"] == nil)
    }
}

@Suite("font check")
struct FontCheckTests {
    @Test(.enabled(if: PdfWriterTests.installed)) func aNamedFontThatIsNotInstalledStopsTheConversion() throws {
        #expect(throws: Never.self) { try FontCheck().requireInstalled(["SimSun", "Times New Roman"]) }
        do {
            try FontCheck().requireInstalled(["Fangzheng Imaginary Kai"])
            Issue.record("a missing font passed")
        } catch {
            #expect("\(error)".contains("names font 'Fangzheng Imaginary Kai', which is not installed"), "\(error)")
        }
    }
}
