import Testing
@testable import BidKit

@Suite("Rule leftovers")
struct LeftoversTests {
    @Test func leftoversAreFoundWithTheirLine() throws {
        let md = TestProject.letterMarkdown + "\nTODO 补充业绩\n\n联系人：______\n\n日期：    年   月   日\n\n附件【】\n"
        let f = try findings(["sections/letter.md": md], rule: Leftovers.id)
        #expect(f.count == 4, "\(f)")
        let first = try #require(f.first)
        #expect(first.location?.file.hasSuffix("sections/letter.md") == true)
        #expect(first.location?.line == 16)
        #expect(first.section == "letter")
    }

    @Test func knownFieldsAndThematicBreaksAreNotLeftovers() throws {
        let md = TestProject.letterMarkdown + "\n___\n\n2026 年 12 月 8 日\n"
        #expect(try findings(["sections/letter.md": md], rule: Leftovers.id).isEmpty)
    }
}

/// Issue 10 item 9: the placeholders and blanks Chinese and English templates leave.
@Suite("Rule leftovers: placeholders")
struct PlaceholderTests {
    private func letter(_ markdown: String, _ base: [String: String] = TestProject.zhFiles) throws -> [Finding] {
        try findings(["sections/letter.md": (base["sections/letter.md"] ?? "") + "\n" + markdown + "\n"], rule: Leftovers.id, base: base)
    }

    @Test(arguments: ["项目经理：张XX", "XX公司", "签字人：××", "＿＿年＿＿月＿＿日", "＿年＿月＿日", "【投标人名称】", "〔 〕", "〔请填写日期〕",
                      "（此处填写服务网点地址）", "（请填写联系电话）", "金额（待定）"])
    func chinesePlaceholders(_ text: String) throws {
        let f = try letter("内容：\(text)。")
        #expect(f.count == 1, "\(text): \(f.map(\.message))")
        #expect(f.first?.location?.line == 16)
    }

    @Test(arguments: ["Dear [Client Name],", "Delivered on <insert date>.", "Prices TBC.", "Signed xx/xx/2026.", "Lorem ipsum dolor sit amet.",
                      "[INSERT COMPANY NAME]", "[insert contract value]", "Date: DD/MM/YYYY"])
    func englishPlaceholders(_ text: String) throws {
        #expect(try letter(text, ExampleProject.englishFiles).count == 1, "\(text)")
    }

    @Test func onePlaceholderIsOneFinding() throws {
        let f = try letter("正本【TODO：份数】份")
        #expect(f.count == 1 && f.first?.message.hasPrefix("章节“投标函”中有待办标记“TODO”") == true, "\(f.map(\.message))")
    }

    /// CommonMark leaves `**` literal next to CJK punctuation; the converter now makes it strong.
    @Test func cjkEmphasisIsConvertedNotPrintedLiterally() throws {
        let p = try TestProject(["sections/letter.md": TestProject.letterMarkdown + "\n投标人**{{bidder.name}}**，承诺如下。\n"])
        let bid = try p.assembleForCheck()
        let section = try #require(bid.package.sections.first { $0.id == "letter" })
        let last = section.blocks.compactMap { block -> [Inline]? in if case .paragraph(let p) = block { return p.content } else { return nil } }.last
        #expect(last == [.text("投标人"), .strong([.text("某某科技有限公司")]), .text("，承诺如下。")], "\(String(describing: last))")
        #expect(try findings(["sections/letter.md": TestProject.letterMarkdown + "\n投标人**{{bidder.name}}**，承诺如下。\n"], rule: Leftovers.id).isEmpty)
        // What the converter cannot pair is flagged.
        let f = try letter("注意：**仅限本项目使用。")
        #expect(f.count == 1 && f.first?.message.contains("“**”按原样印出") == true && f.first?.location?.line == 16, "\(f.map(\.message))")
    }
}
