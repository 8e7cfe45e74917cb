import BidKitTestSupport
import Foundation
import Testing
@testable import BidKit

/// Fill-in markers in the data a generated section shows are reported where they are typed:
/// a price line at its CSV line, a bidder field at its bid.yaml line — not at the table.
@Suite("Template fill-in markers")
struct TemplateMarkerTests {
    private func leftovers(_ overrides: [String: String?]) throws -> [Finding] {
        let p = try TestProject(overrides)
        return Checker.check(try p.assemble(), asOf: TestProject.checkDay).findings.filter { $0.rule == Leftovers.id }
    }

    @Test func aPriceLineMarkerPointsAtItsCSVLine() throws {
        let csv = "name,unit,quantity,unit_price\n摄像机,台,10,1234.56\nTODO：核对光缆型号,m,350.5,3.33\n"
        let bid = TestProject.bid(replacing: """
                items:
                    - {name: 摄像机, unit: 台, quantity: 10, unit_price: 1234.56, unit_cost: 900}
                    - {name: 光缆, unit: m, quantity: 350.5, unit_price: 3.33, amount: 1167.17}
                  stated_total: 13512.77
                """, with: "items_file: prices.csv")
        let f = try leftovers(["bid.yaml": bid, "prices.csv": csv])
        #expect(f.count == 1, "\(f)")
        let first = try #require(f.first)
        #expect(first.location?.file.hasSuffix("/prices.csv") == true)
        #expect(first.location?.line == 3 && first.location?.column == 1)
        #expect(first.message == "prices.csv 中有待办标记“TODO”：“TODO：核对光缆型号”")
    }

    @Test func inlineItemsAndBidderFieldsPointAtTheirBidYAMLLine() throws {
        let bid = TestProject.bid(replacing: "{name: 光缆,", with: "{name: 光缆 TBD,")
            .replacingOccurrences(of: "address: 某市创新路 1 号", with: "address: 某市创新路 ___ 号")
        let f = try leftovers(["bid.yaml": bid])
        #expect(f.count == 2, "\(f)")
        #expect(f.allSatisfy { $0.location?.file.hasSuffix("/bid.yaml") == true })
        let lines = TestProject.bidYAML.components(separatedBy: "\n")
        #expect(f.map { $0.location?.line ?? 0 } == [
            (lines.firstIndex { $0.contains("address:") } ?? -1) + 1, (lines.firstIndex { $0.contains("{name: 光缆") } ?? -1) + 1,
        ])
        #expect(f.first?.message == "bid.yaml 中有待填的空格“___”：“address: 某市创新路 ___ 号”")
    }

    @Test func markersInTheRequirementsFileAreFoundThereOnce() throws {
        let req = TestProject.requirementsYAML.replacingOccurrences(of: "offer: 180 天", with: "offer: TODO 填写存储天数")
        let md = TestProject.letterMarkdown  // no deviation table in the base project; add one
        let bid = TestProject.bidYAML + "      - {id: dev, title: 技术偏离表, generate: technical-deviations, owner: 周明, due: 2026-12-05, status: done}\n"
        let f = try leftovers(["requirements.yaml": req, "sections/letter.md": md, "bid.yaml": bid])
        #expect(f.count == 1, "\(f)")
        #expect(f.first?.location?.file.hasSuffix("/requirements.yaml") == true)
        #expect(f.first?.location?.line == 8)
    }

    @Test func yamlCommentsAreNotData() throws {
        let bid = TestProject.bidYAML.replacingOccurrences(of: "# no authorized_agent", with: "# TODO ask about the agent; no authorized_agent")
            .replacingOccurrences(of: "  buyer: 某供电公司", with: "  buyer: \"某供电公司 #1\"  # XXX check")
        #expect(try leftovers(["bid.yaml": bid]).isEmpty)
        #expect(DataSource.withoutYAMLComment("name: Northfield's plant # TODO") == "name: Northfield's plant ")
        #expect(DataSource.withoutYAMLComment("text: 'a # b' # c") == "text: 'a # b' ")
        #expect(DataSource.withoutYAMLComment("# whole line") == "")
    }

    @Test func markdownMarkersQuoteWhatIsToBeFilledIn() throws {
        let md = TestProject.letterMarkdown + "\n正本【TODO：份数】份。\n"
        let f = try leftovers(["sections/letter.md": md])
        #expect(f.map(\.message) == ["章节“投标函”中有待办标记“TODO”：“TODO：份数”"])
    }
}
