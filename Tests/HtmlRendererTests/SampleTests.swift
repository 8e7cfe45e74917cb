import BidKitTestSupport
import Foundation
import HtmlWriter
import Testing

/// Issue 4's acceptance checks on the two bundled samples, rendered with their own templates.
@Suite("HTML of the bundled samples")
struct SampleTests {
    @Test(arguments: [Samples.chinese, Samples.english])
    func sampleIsWellFormedWithWorkingLinksAndPriceSchedule(_ sample: String) throws {
        let (package, html) = try Samples.render(sample)
        let doc = try HtmlDocument(html)

        #expect(doc.doctype == "!doctype html")
        let root = try #require(doc.all("html").first)
        #expect(root.attributes["lang"] == (package.metadata.language == "zh" ? "zh-CN" : "en"))
        #expect(doc.all("meta").contains { $0.attributes["charset"]?.lowercased() == "utf-8" })
        #expect(doc.all("style").count == 1)

        // ids are unique, and every in-page link lands on one.
        let ids = doc.elements.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == ids.count, "duplicate ids: \(Dictionary(grouping: ids) { $0 }.filter { $0.value.count > 1 }.keys.sorted())")
        let fragments = doc.all("a").compactMap { $0.attributes["href"] }.filter { $0.hasPrefix("#") }
        #expect(!fragments.isEmpty)
        for href in fragments {
            let target = String(href.dropFirst()).removingPercentEncoding ?? ""
            #expect(ids.contains(target), "\(href) points nowhere")
        }

        // The TOC links every part and section.
        let tocIndex = try #require(doc.firstIndex { $0.name == "nav" && $0.has(class: "toc") })
        let tocTargets = Set(doc.all("a", inside: tocIndex).compactMap { $0.attributes["href"] })
        for part in package.parts {
            #expect(tocTargets.contains("#" + part.id))
            for section in part.sections where section.kind != "toc" { #expect(tocTargets.contains("#" + section.id)) }
        }

        // Parts and sections carry their model ids on numbered headings.
        for part in package.parts {
            let heading = try #require(doc.elements.first { $0.attributes["id"] == part.id })
            #expect(heading.name == "h2" && heading.text == Self.printed(part.number, part.title))
        }

        // The price schedule: a header group, the total in figures and in words in the footer.
        let table = try #require(doc.firstIndex { $0.name == "table" && $0.has(class: "role-price-schedule") })
        #expect(doc.all("thead", inside: table).count == 1)
        #expect(doc.all("tbody", inside: table).count == 1)
        let footer = try #require(doc.all("tfoot", inside: table).first)
        let total = try #require(package.metadata.field("total"))
        let words = try #require(package.metadata.field("total_in_words"))
        #expect(footer.text.contains(total))
        #expect(footer.text.contains(words))
        // Amount columns are right-aligned by class.
        #expect(doc.all("td", inside: table).contains { $0.has(class: "align-right") && $0.text == total })

        // Every table scrolls inside its own container.
        for index in doc.elements.indices where doc.elements[index].name == "table" {
            let parent = try #require(doc.elements[index].parent)
            #expect(doc.elements[parent].has(class: "table-scroll"))
        }

        // Self-contained: no scripts, no external loads, images inline.
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.lowercased().contains("<link"))
        #expect(!html.contains("@import"))
        for image in doc.all("img") {
            #expect(image.attributes["src"]?.hasPrefix("data:image/") == true)
            #expect(image.attributes["alt"] != nil)
        }
    }

    @Test func chineseSampleHasCoverFigureAndSignatures() throws {
        let (package, html) = try Samples.render(Samples.chinese)
        let doc = try HtmlDocument(html)
        let cover = try #require(doc.all("header").first { $0.has(class: "cover") })
        #expect(cover.text.contains(package.metadata.title))
        #expect(cover.text.contains(package.metadata.bidder))
        #expect(cover.text.contains("2026年12月8日"))
        #expect(cover.text.contains("正本"))

        // The first figure with a caption: the certificates' page images come earlier, under their headings.
        let figure = try #require(doc.elements.indices.first { i in
            doc.elements[i].name == "figure" && !doc.all("figcaption", inside: i).isEmpty
        })
        #expect(doc.all("img", inside: figure).count == 1)
        #expect(doc.all("figcaption", inside: figure).first?.text == "图 1 系统总体拓扑")

        let slots = doc.elements.filter { $0.has(class: "slot-seal") }
        #expect(!slots.isEmpty)
        #expect(slots.allSatisfy { $0.text.contains(package.metadata.bidder) })
        // Chinese numbers that end in punctuation take no space: "一、投标函".
        #expect(doc.elements.first { $0.attributes["id"] == "bid-letter" }?.text == "一、投标函")
    }

    @Test(arguments: [Samples.chinese, Samples.english])
    func renderingTwiceGivesIdenticalBytes(_ sample: String) throws {
        let package = try Samples.package(sample)
        let options = ["template_dir": Samples.templateDirectory(package.metadata.template)]
        let first = try HtmlWriter().render(package, format: "html", options: options)
        let second = try HtmlWriter().render(package, format: "html", options: options)
        #expect(first == second)
    }

    /// Through the real plugin, in two processes (so two different hash seeds): the same bytes,
    /// and the same bytes as the in-process writer.
    @Test func pluginOutputIsByteIdenticalAcrossRuns() throws {
        let dir = try TemporaryDirectory()
        let sample = TestPaths.packageRoot + "/Samples/" + Samples.chinese
        try Samples.run(["build", sample, "--format", "html", "--out", dir.path + "/a"])
        try Samples.run(["build", sample, "--format", "html", "--out", dir.path + "/b"])
        let name = "substation-video-2026.html"
        let a = try Data(contentsOf: URL(fileURLWithPath: dir.path + "/a/" + name))
        let b = try Data(contentsOf: URL(fileURLWithPath: dir.path + "/b/" + name))
        #expect(a == b)
        let (_, html) = try Samples.render(Samples.chinese)
        #expect(a == Data(html.utf8))
    }

    static func printed(_ number: String, _ title: String) -> String {
        Heading.join(number: number, title: title)
    }
}
