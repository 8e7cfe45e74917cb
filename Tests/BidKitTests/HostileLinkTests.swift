import Foundation
import Testing
@testable import BidKit

/// Issue 9, item 7, end to end: hostile link targets written in Markdown (case, whitespace and
/// entity tricks included) are live in no output format.
@Suite("Hostile links in every format")
struct HostileLinkTests {
    static let markdown = """
        [甲](javascript:alert(1)) [乙](JaVaScRiPt:alert(2)) [丙](&#106;avascript:alert(3)) [丁](<java\tscript:alert(4)>)
        [戊](vbscript:msgbox(5)) [己](data:text/html;base64,PHNjcmlwdD4=) [庚](file:///etc/passwd) [辛](FILE:///C:/x.exe)
        [好链接](https://example.com/ok)

        """

    @Test func noFormatCarriesALiveHostileLink() throws {
        let p = try TestProject(["sections/letter.md": TestProject.letterMarkdown + "\n" + Self.markdown])
        // cmark decodes the entity: the model holds what a browser or Word would see.
        let section = try #require(try p.assemble().package.sections.first { $0.id == "letter" })
        #expect("\(section.blocks)".contains("url: \"javascript:alert(3)\""))

        let out = p.path + "/dist"
        let r = try CLI.run(["build", p.path, "--format", "html,txt,docx", "--out", out])
        #expect(r.status == 0, "\(r.output)")
        let html = try String(contentsOfFile: out + "/mini.html", encoding: .utf8).lowercased()
        let text = try String(contentsOfFile: out + "/mini.txt", encoding: .utf8).lowercased()
        for bad in ["javascript", "vbscript", "data:text", "file:"] {
            #expect(!html.contains(bad), "html: \(bad)")
            #expect(!text.contains(bad), "txt: \(bad)")
        }
        #expect(html.contains("href=\"https://example.com/ok\""))
        #expect(text.contains("好链接 <https://example.com/ok>"))
        for label in ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛"] { #expect(text.contains(label)) }
    }
}
