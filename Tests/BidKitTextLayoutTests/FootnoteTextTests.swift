import BidKitPluginSDK
import Testing
@testable import TextRenderer

/// Issue 15 item 4 in plain text: `[n]` marks, notes after the section, references as their number.
@Suite struct FootnoteTextTests {
    @Test func footnotesBecomeMarksWithTheirTextAfterTheSection() throws {
        var package = SampleBid.package
        package.parts = [Part(id: "p", title: "技术部分", number: "第一章", sections: [
            Section(id: "a", title: "方案", number: "一、", kind: "markdown", blocks: [
                .paragraph(Paragraph([.text("见"), .reference(CrossReference(anchor: "fig:x", text: "图 1", page: "（第 {n} 页）")),
                                      .footnote([.text("注一")])])),
            ]),
            Section(id: "b", title: "服务", number: "二、", kind: "markdown", blocks: [
                .paragraph(Paragraph([.text("承诺"), .footnote([.text("注二")])])),
            ]),
        ])]
        let text = String(decoding: try TextRenderer().render(package, format: "txt", options: [:]), as: UTF8.self)
        #expect(text.contains("见图 1[1]"))
        #expect(text.contains("[1] 注一"))
        #expect(text.contains("承诺[2]"))
        let first = try #require(text.range(of: "[1] 注一")), second = try #require(text.range(of: "二、服务"))
        #expect(first.lowerBound < second.lowerBound)  // the note closes its own section
    }
}
