import BidKitExternalTools
import BidKitTestSupport
import Foundation
import Testing
@testable import HtmlWriter

/// Issue 12, item 12: the HTML print's contents carry page numbers from Chromium's own layout
/// (`HtmlWriter.paginate`), written by the core and printed after a dotted leader.
@Suite("HTML contents page numbers")
struct TocPageNumberTests {
    /// A cover, the contents, two parts (each starts a printed page).
    static func package(pages: [String: String] = [:]) -> BidPackage {
        var package = Fixtures.package([Fixtures.paragraph("正文"), .heading(Heading(level: 3, number: "", anchor: "detail", content: [.text("细节")]))])
        package.parts.append(Part(id: "technical", title: "技术部分", number: "第二章", sections: [
            Section(id: "plan", title: "技术方案", number: "一、", kind: "markdown", blocks: [Fixtures.paragraph("方案")]),
        ]))
        let entries = [("commercial", "商务部分", 1), ("letter", "投标函", 2), ("technical", "技术部分", 1), ("plan", "技术方案", 2)]
        package.frontMatter.contents = Section(id: "contents", title: "目录", number: "", kind: "toc", blocks: [.toc(entries.map {
            TocEntry(level: $0.2, number: "", title: $0.1, anchor: $0.0, page: pages[$0.0] ?? "")
        })])
        return package
    }

    @Test func entriesWithAPageCarryItAfterTheTitle() throws {
        let (_, doc) = try Fixtures.document(Self.package(pages: ["commercial": "1", "letter": "1", "technical": "12"]))
        let items = doc.all("li").filter { $0.has(class: "toc-level-1") || $0.has(class: "toc-level-2") }
        #expect(items.map { $0.has(class: "toc-paged") } == [true, true, true, false])
        #expect(doc.all("span").filter { $0.has(class: "toc-page") }.map(\.text) == ["1", "1", "12"])
        // The number is the link's last child, so the leader (the link's ::after, ordered between) sits before it.
        let technical = try #require(doc.firstIndex { $0.name == "a" && $0.attributes["href"] == "#technical" })
        #expect(doc.elements[technical].text == "技术部分12")
    }

    @Test func numbersArePrintedRightAlignedAfterALeaderAndHiddenOnScreen() throws {
        let html = try Fixtures.render(Self.package(pages: ["commercial": "1"]))
        #expect(html.contains(".toc-page { display: none; }"))
        #expect(html.contains(".toc-paged .toc-page { display: block; flex: none; order: 2; min-width: 1.5em; text-align: right; }"))
        #expect(html.contains("border-bottom: 1pt dotted"))
        // target-counter() only where no number was written (engines that support it would print two).
        #expect(html.contains(".toc-entries li:not(.toc-paged) > a::after { content: leader(dotted) target-counter"))
    }

    @Test func withoutPagesTheContentsHaveNoNumbers() throws {
        let (_, doc) = try Fixtures.document(Self.package())
        #expect(!doc.elements.contains { $0.has(class: "toc-page") || $0.has(class: "toc-paged") })
    }

    @Test func theLayoutRenderLinksEveryAnchorFromAHiddenListAndTheOutputDoesNot() throws {
        let writer = HtmlWriter()
        let package = Self.package()
        #expect(!(try writer.renderString(package)).contains("layout-probe"))
        let body = try BodyWriter.body(of: package, labels: HtmlLabels(package: package), layoutProbe: true)
        let doc = try HtmlDocument("<div>" + body.html + "</div>")
        let probe = try #require(doc.firstIndex { $0.name == "nav" && $0.has(class: "layout-probe") })
        #expect(doc.elements[probe].attributes["hidden"] == "")
        let links = Set(doc.all("a", inside: probe).compactMap { $0.attributes["href"] })
        #expect(links == ["#contents", "#commercial", "#letter", "#detail", "#technical", "#plan"])
        #expect(body.ids["detail"] == "detail" && body.ids.count == 6)
    }

    @Test func destinationsBecomePagesCountedFromThePageAfterTheCover() {
        let destinations = [
            Poppler.Destination(name: "contents", page: 2, fromTop: 64),
            Poppler.Destination(name: "commercial", page: 3, fromTop: 64),
            Poppler.Destination(name: "%E4%B8%AD%E6%96%87", page: 7, fromTop: 300),  // an id in Chinese, as Chromium names it
            Poppler.Destination(name: "cover-note", page: 1, fromTop: 10),
        ]
        let map = HtmlPagination.map(pages: 9, destinations: destinations,
                                     ids: ["contents": "contents", "commercial": "commercial", "中文": "中文", "note": "cover-note", "gone": "gone"])
        #expect(map.pageCount == 9)
        #expect(map["contents"] == PageMap.Place(page: 2, label: "1", fromTop: 64))
        #expect(map["commercial"]?.label == "2")
        #expect(map["中文"] == PageMap.Place(page: 7, label: "6", fromTop: 300))
        #expect(map["note"]?.label == "")  // the cover has no number
        #expect(map["gone"] == nil)
    }

    @Test func withoutChromiumTheLayoutPassNamesItAndHowToInstallIt() throws {
        let writer = HtmlWriter(environment: ["PATH": "/nonexistent"])
        #expect(writer.paginates)
        let error = #expect(throws: RenderError.self) { try writer.paginate(Self.package(), format: "html", options: [:]) }
        #expect(error?.description == "Chromium is not installed (no 'chromium' on PATH); install it with: apt-get install chromium")
    }

    static var hasChromium: Bool {
        [ExternalTool.chromium, .pdfinfo].allSatisfy { if case .success = $0.locate() { true } else { false } }
    }

    /// The real engine: Chromium prints the cover on page 1, the contents on page 2 (第 1 页), each part on a new page.
    @Test(.enabled(if: hasChromium, "needs chromium and poppler-utils"))
    func chromiumPrintsEachPartOnItsPage() throws {
        let map = try HtmlWriter().paginate(Self.package(), format: "html", options: [:])
        #expect(map.pageCount == 4)
        #expect(map["contents"]?.label == "1")
        #expect(map["commercial"]?.page == 3 && map["commercial"]?.label == "2")
        #expect(map["letter"]?.label == "2" && map["detail"]?.label == "2")
        #expect(map["technical"]?.label == "3" && map["plan"]?.label == "3")
    }
}
