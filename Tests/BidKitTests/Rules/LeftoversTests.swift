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
