import BidKitPluginSDK
import Testing
@testable import TextRenderer

/// Renders a package to text the way the host would, through the `BidRenderer` interface.
func renderText(_ package: BidPackage, options: RenderOptions = [:]) throws -> String {
    String(decoding: try TextRenderer().render(package, format: "txt", options: options), as: UTF8.self)
}

@Suite struct TextRendererTests {
    let text: String
    let lines: [String]

    /// Box drawing, ambiguous characters one column (the sample is Chinese, whose default is two
    /// columns and ASCII rules: `ChineseTextWidthTests`).
    static let narrow: RenderOptions = ["ambiguous_width": "1"]

    init() throws {
        text = try renderText(SampleBid.package, options: Self.narrow)
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The line after the first line equal to `line`.
    func line(after line: String) -> String? {
        lines.firstIndex(of: line).flatMap { lines.indices.contains($0 + 1) ? lines[$0 + 1] : nil }
    }

    @Test func describesItself() {
        let renderer = TextRenderer()
        #expect(renderer.formats == [OutputFormat(name: "txt", fileExtension: "txt", mediaType: "text/plain; charset=utf-8")])
    }

    @Test func endsWithExactlyOneNewlineAndUsesLF() {
        #expect(text.hasSuffix("详见附件。\n"))
        #expect(!text.hasSuffix("\n\n"))
        #expect(!text.contains("\r"))
        #expect(!lines.contains { $0.hasSuffix(" ") })
    }

    /// The cover prints the package's front matter: the date as the core wrote it (not the ISO
    /// day), the lot, labels spread to one width so the colons line up, the block centred.
    @Test func coverPrintsTheFrontMatterCentred() throws {
        var metadata = SampleBid.metadata
        metadata.fields.append(Field("lot", "包2"))
        let package = BidPackage(metadata: metadata, parts: SampleBid.package.parts, resources: SampleBid.package.resources)
        let cover = try renderText(package).split(separator: "\n", omittingEmptySubsequences: false).prefix(14).map(String.init)
        #expect(cover.contains { $0.trimmingLeadingSpaces == "某市智慧交通信号控制系统采购项目" })
        let block = ["招标编号：ZB-2025-017", "包\u{3000}\u{3000}号：包2", "招 标 人：某市交通运输局", "投 标 人：华东智能科技有限公司（盖章）",
                     "法定代表人或其委托代理人：__________（签字）", "日\u{3000}\u{3000}期：2025年6月18日"]
        let found = block.compactMap { label in cover.first { $0.trimmingLeadingSpaces == label } }
        #expect(found.count == block.count, "\(cover)")
        #expect(!cover.contains { $0.contains("2025-06-18") })
        #expect(cover.contains { $0.trimmingLeadingSpaces == "正本" })
        let margins = Set(found.map { DisplayWidth.of($0) - DisplayWidth.of($0.trimmingLeadingSpaces) })
        #expect(margins == [(80 - block.map { DisplayWidth.of($0) }.max()!) / 2])
        // The short labels are one width, so their colons form a column.
        #expect(Set([0, 1, 2, 3, 5].map { DisplayWidth.of(block[$0].prefix { $0 != "：" }) }) == [8])
    }

    @Test func numberedTitlesAreUnderlinedByDisplayWidth() throws {
        // The table of contents (front matter) lists 第一章 first; the part's own title is underlined.
        let first = try #require(lines.lastIndex(of: "第一章 商务部分"))
        #expect(lines[first + 1] == String(repeating: "═", count: 15))
        #expect(try #require(lines.firstIndex(of: "目录")) < first)
        #expect(lines.lastIndex(of: "第二章 技术部分").map { lines[$0 + 1] } == String(repeating: "═", count: 15))
        #expect(line(after: "一、投标函") == String(repeating: "─", count: 10))
        #expect(line(after: "二、实施方案") == String(repeating: "─", count: 12))
        let part = lines.lastIndex(of: "第二章 技术部分") ?? 0
        #expect(part > 0 && lines[part - 1].isEmpty)
    }

    @Test func contentHeadingsFollowABlankLine() {
        let index = lines.firstIndex(of: "（一）承诺事项") ?? 0
        #expect(index > 0 && lines[index - 1].isEmpty)
    }

    @Test func inlinesAreSpelledOutForPlainText() throws {
        // Wide enough that nothing wraps, so the joins are visible.
        let flat = try renderText(SampleBid.package, options: ["width": "400", "ambiguous_width": "1"])
        #expect(flat.contains("信号机支持智能配时"))  // soft break between CJK: nothing
        #expect(flat.contains("ONVIF protocol"))  // soft break between Latin words: a space
        #expect(flat.contains("`H.265`"))
        #expect(flat.contains("~~旧条款~~"))
        #expect(flat.contains("技术规范 <https://example.com/spec>"))
        #expect(flat.contains("与https://example.com。"))
        #expect(lines.contains { $0.hasPrefix("本承诺自投标截止之日起") })  // hard line break
    }

    @Test func orderedListsStartAtTheirStartAndHangTheirText() {
        let first = lines.firstIndex { $0.hasPrefix("3. 按招标文件要求") } ?? 0
        #expect(first > 0)
        #expect(lines[first + 1].hasPrefix("   成全部工程"))
        #expect(lines.contains("4. 提供三年免费质保："))
    }

    @Test func nestedListsIndentByLevel() {
        #expect(lines.contains("   • 硬件整机保修"))
        #expect(lines.contains("   • 软件免费升级"))
        #expect(lines.contains("     ◦ 远程升级"))
        #expect(lines.contains("     ◦ 现场升级"))
    }

    @Test func tableLinesAreAlignedUnderTheirCaption() {
        let table = lines.filter { "┌│╞├└".contains($0.first ?? " ") && !$0.hasPrefix("│ 招标文件") }
        #expect(table.count >= 8)
        #expect(Set(table.map { DisplayWidth.of($0) }).count == 1)
        let caption = lines.firstIndex { $0.trimmingLeadingSpaces == "表1 分项报价表" } ?? 0
        #expect(lines[caption + 1].hasPrefix("┌"))
        #expect(table.contains { $0.contains("│ 合计 ") && $0.hasSuffix("│ 2,016,000.00 │") })
        #expect(table.contains { $0.hasSuffix("│   96 │   864,000.00 │") })
    }

    @Test func otherBlocksHaveTheirTextForms() {
        #expect(lines.contains("[图: 系统拓扑图] 图1 系统总体架构"))
        #expect(lines.contains("│ 招标文件第三章第5条：投标人须提供近三年同类项目业绩证明。"))
        #expect(lines.contains("    " + SampleBid.longCode))
        #expect(lines.contains { $0 == TextPad.spaces(37) + "* * *" })
        let pageBreak = lines.firstIndex(of: "\u{0C}") ?? 0
        #expect(pageBreak > 0 && lines[pageBreak - 1].isEmpty)
    }

    @Test func signatureIsRightAlignedWithInkLines() {
        let seal = lines.first { $0.hasSuffix("投标人（盖章）：华东智能科技有限公司") }
        let sign = lines.first { $0.hasSuffix("法定代表人或授权代表（签字）：__________") }
        let date = lines.first { $0.hasSuffix("日期：2025年6月18日") }
        #expect(sign.map { DisplayWidth.of($0) } == 80)
        let margins = [seal, sign, date].map { ($0 ?? "").prefix { $0 == " " }.count }
        #expect(Set(margins).count == 1 && margins[0] > 0)
    }

    @Test func tocEntriesIndentByLevelWithoutPageNumbers() {
        let start = lines.firstIndex(of: "目录").map { $0 + 3 } ?? 0
        #expect(Array(lines[start..<(start + 4)]) == ["第一章 商务部分", "  一、投标函", "    （一）承诺事项", "第二章 技术部分"])
    }

    @Test func noLineIsWiderThanTheWidthExceptCode() throws {
        for width in [80, 60, 40] {
            for ambiguous in [AmbiguousWidth.narrow, .wide] {
                let text = try renderText(SampleBid.package, options: ["width": "\(width)", "ambiguous_width": ambiguous == .wide ? "2" : "1"])
                for line in text.split(separator: "\n") where !line.contains("curl -s") {
                    #expect(DisplayWidth.of(line, ambiguous: ambiguous) <= width, "width \(width): \(line)")
                }
            }
        }
    }

    @Test func outputIsDeterministic() throws {
        #expect(try renderText(SampleBid.package, options: Self.narrow) == text)
    }

    @Test func rejectsBadWidthsAndFormats() {
        #expect(throws: RenderError.self) { try renderText(SampleBid.package, options: ["width": "wide"]) }
        #expect(throws: RenderError.self) { try renderText(SampleBid.package, options: ["width": "5"]) }
        #expect(throws: RenderError.self) { try renderText(SampleBid.package, options: ["ambiguous_width": "3"]) }
        #expect(throws: RenderError.self) { try TextRenderer().render(SampleBid.package, format: "pdf", options: [:]) }
    }

    @Test func englishBidsGetEnglishLabels() throws {
        var metadata = SampleBid.metadata
        metadata.language = "en"
        let english = try renderText(BidPackage(metadata: metadata, parts: SampleBid.package.parts, resources: SampleBid.package.resources))
        #expect(english.contains("Tender number: ZB-2025-017"))
        #expect(english.contains("Date: 18 June 2025"))
        #expect(english.contains("[Figure: 系统拓扑图] 图1 系统总体架构"))
        #expect(english.contains("Proposal"))
    }
}

extension String {
    var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }
}

/// Issue 12, item 16: a Chinese bid is laid out for a Chinese font, where ★ × ℃ “ ” • and the
/// box-drawing characters are two columns wide (宋体 in Notepad): ambiguous characters count two,
/// and tables and rules are ASCII, which is one column in every font.
@Suite struct ChineseTextWidthTests {
    @Test func chineseBidsUseAsciiRulesAndWideAmbiguousCharacters() throws {
        let text = try renderText(SampleBid.package)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(!text.contains { "─│┌┐└┘├┤┬┴┼═╞╪╡".contains($0) })
        #expect(lines.contains("第一章 商务部分") && lines.contains(String(repeating: "=", count: 15)))
        #expect(lines.contains(String(repeating: "-", count: 10)))
        let table = lines.filter { $0.hasPrefix("+") || $0.hasPrefix("| ") && $0.hasSuffix(" |") }
        #expect(table.count >= 8)
        #expect(Set(table.map { DisplayWidth.of($0, ambiguous: .wide) }).count == 1)
        #expect(lines.contains("| 招标文件第三章第5条：投标人须提供近三年同类项目业绩证明。"))
        // The bullet • is two columns in a Chinese font: a list nested under it starts three columns
        // in (two for • and a space), not two.
        #expect(lines.contains("   • 硬件整机保修"))
        #expect(lines.contains("      ◦ 远程升级"))
    }

    @Test func englishBidsKeepBoxDrawing() throws {
        var package = SampleBid.package
        package.metadata.language = "en"
        let text = try renderText(package)
        #expect(text.contains("┌") && text.contains("═══"))
        #expect(try renderText(package, options: ["ambiguous_width": "2"]).contains("+---"))
    }
}
