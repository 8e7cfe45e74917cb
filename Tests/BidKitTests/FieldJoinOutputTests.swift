import BidKitTestSupport
import Foundation
import Testing
@testable import BidKit

/// Issue 12 item 9, the core's part: no "RFP RFP-…" and no "Inc.." in the English sample, and a
/// Chinese bid's straight quotes become “…” in every format.
@Suite struct FieldJoinOutputTests {
    @Test func theEnglishSampleHasNoDoubledWordsOrPeriods() throws {
        let tmp = try TemporaryDirectory()
        let r = try CLI.run(["build", SampleTests.folder("erp-proposal-en"), "--format", "txt,html,docx", "--out", tmp.path])
        #expect(r.status == 0, "\(r.output)")
        let text = try String(contentsOfFile: tmp.path + "/erp-proposal-2026.txt", encoding: .utf8)
        let html = try String(contentsOfFile: tmp.path + "/erp-proposal-2026.html", encoding: .utf8)
        let docx = tmp.path + "/erp-proposal-2026.docx"
        let document = try Subprocess.run(["unzip", "-p", docx, "word/document.xml"], timeout: 30).stdout
        let header = try Subprocess.run(["unzip", "-p", docx, "word/header1.xml"], timeout: 30).stdout
        for (name, output) in [("txt", text), ("html", html), ("document.xml", document), ("header1.xml", header)] {
            #expect(!output.contains("RFP RFP-"), "\(name) doubles RFP")
            #expect(!output.contains("Inc.."), "\(name) doubles the period")
        }
        #expect(header.contains("RFP-NPC-2026-014"))
        #expect(text.contains("Northfield Precision Components, Inc. Having"))
    }

    @Test func straightQuotesInChineseTextBecomeChineseQuotes() throws {
        let p = try TestProject(["sections/letter.md": """
            系统采用"前端感知层、传输网络层"四层架构，兼容 **"ONVIF"** 协议。

            | 设备 | 说明 |
            |---|---|
            | 显示器 | 按"先站端、后主站"推进 |

            配置 55" 显示器与 65" 显示器各一台。

            代码 `a="b"` 不变。
            """])
        let blocks = try #require(try p.assemble().package.sections.first { $0.id == "letter" }?.blocks)
        let text = Block.textUnits(blocks).joined(separator: "\n")
        #expect(text.contains("系统采用“前端感知层、传输网络层”四层架构，兼容 “ONVIF” 协议。"))
        #expect(text.contains("按“先站端、后主站”推进"))
        #expect(text.contains("配置 55\" 显示器与 65\" 显示器各一台。"), "inch marks are not quotes")
        guard case .paragraph(let code)? = blocks.last else { Issue.record("no code paragraph"); return }
        #expect(code.content.contains(.code("a=\"b\"")))
    }

    /// The same marks in every format: the sample's 按"先 110 kV 站、后 220 kV 站"的顺序.
    @Test func everyFormatPrintsTheChineseQuotes() throws {
        let tmp = try TemporaryDirectory()
        let r = try CLI.run(["build", SampleTests.folder("substation-video-tender"), "--format", "txt,html,docx", "--out", tmp.path])
        #expect(r.status == 0, "\(r.output)")
        let document = try Subprocess.run(["unzip", "-p", tmp.path + "/substation-video-2026.docx", "word/document.xml"], timeout: 30).stdout
        // The DOCX keeps figures with their units by a narrow no-break space (issue 12 item 1): read it as a space.
        let docxText = document.replacing("\u{202F}", with: " ").replacing("\u{2060}", with: "")
        for output in [try String(contentsOfFile: tmp.path + "/substation-video-2026.txt", encoding: .utf8),
                       try String(contentsOfFile: tmp.path + "/substation-video-2026.html", encoding: .utf8), docxText] {
            #expect(output.contains("“先 110 kV 站、后 220 kV 站”"))
            #expect(!output.contains("\"先 110 kV"))
        }
    }
}
