import BidKitPluginSDK
import Testing
@testable import TextRenderer

/// Issue 9, item 7: the text renderer follows the shared LinkPolicy like the HTML and DOCX renderers:
/// a refused target is not printed as an address to follow, only the link's label.
@Suite struct TextLinkPolicyTests {
    private func render(_ inlines: [Inline]) -> String { InlineText.render(inlines) }

    @Test(arguments: ["javascript:alert(1)", " JaVa\nScRipt:alert(1)", "vbscript:x", "data:text/html,x", "file:///etc/passwd"])
    func refusedTargetShowsOnlyItsLabel(_ url: String) {
        #expect(render([.link(url: url, content: [.text("点击")])]) == "点击")
    }

    @Test func allowedTargetShowsItsAddress() {
        #expect(render([.link(url: "https://example.com", content: [.text("官网")])]) == "官网 <https://example.com>")
        #expect(render([.link(url: "mailto:a@b.cn", content: [])]) == "mailto:a@b.cn")
    }
}
