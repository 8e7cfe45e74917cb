import Foundation
import Testing
@testable import BidKit

@Suite("Loading a bid project")
struct LoaderTests {
    @Test func loadsTheBaseProject() throws {
        let project = try TestProject().load()
        #expect(project.info.id == "mini")
        #expect(project.language == .zh)
        #expect(project.tender.deadline.zone.secondsFromGMT() == 8 * 3600)
        #expect(project.pricing.items.count == 2)
        #expect(project.pricing.items[1].quantity == Decimal(string: "350.5"))
        #expect(project.sections.map(\.id) == ["toc", "letter", "prices"])
        #expect(project.requirements.filter(\.mandatory).count == 3)
    }

    @Test func yamlSyntaxErrorNamesLineAndColumn() throws {
        let p = try TestProject(["bid.yaml": TestProject.bid(replacing: "  buyer: 某供电公司", with: "  buyer: [某供电公司")])
        let e = try #require(loadError { _ = try p.load() })
        #expect(e.location.file.hasSuffix("bid.yaml"))
        #expect(e.location.line > 0 && e.location.column > 0)
        #expect(e.message.contains("YAML syntax error"))
        #expect(e.description.contains(": error: "))
    }

    @Test func wrongTypeSaysWhatWasExpected() throws {
        let p = try TestProject(["bid.yaml": TestProject.bid(replacing: "validity_days: 90", with: "validity_days: ninety")])
        let e = try #require(loadError { _ = try p.load() })
        #expect(e.location.line == 10)
        #expect(e.location.column == 18)
        #expect(e.message.contains("expected a whole number for 'tender.validity_days'"))
    }

    @Test func unknownKeySuggestsTheRightOne() throws {
        let p = try TestProject(["bid.yaml": TestProject.bid(replacing: "  ceiling: 15000", with: "  cieling: 15000")])
        let e = try #require(loadError { _ = try p.load() })
        #expect(e.message.contains("unknown key 'cieling'"))
        #expect(e.message.contains("did you mean 'ceiling'?"))
        #expect(e.location.line == 11)
    }

    @Test func missingMarkdownFileIsLocated() throws {
        let p = try TestProject(["sections/letter.md": String?.none])
        let e = try #require(loadError { _ = try p.load() })
        #expect(e.message.contains("sections/letter.md"))
        #expect(e.message.contains("not found"))
        #expect(e.location.line == 30)
    }

    @Test func duplicateSectionID() throws {
        let p = try TestProject(["bid.yaml": TestProject.bid(replacing: "{id: prices,", with: "{id: letter,")])
        let e = try #require(loadError { _ = try p.load() })
        #expect(e.message.contains("duplicate id 'letter'"))
    }

    @Test func unknownRequirementID() throws {
        let p = try TestProject(["bid.yaml": TestProject.bid(replacing: "covers: [D-01]", with: "covers: [D-10]")])
        let e = try #require(loadError { _ = try p.load() })
        #expect(e.message.contains("unknown requirement id 'D-10'"))
    }

    @Test func pathEscapingTheProjectIsRefused() throws {
        let p = try TestProject(["bid.yaml": TestProject.bid(replacing: "source: sections/letter.md", with: "source: ../../etc/passwd")])
        let e = try #require(loadError { _ = try p.load() })
        #expect(e.message.contains("escapes the project folder"))
        let abs = try TestProject(["bid.yaml": TestProject.bid(replacing: "source: sections/letter.md", with: "source: /etc/passwd")])
        #expect(loadError { _ = try abs.load() }?.message.contains("absolute path") == true)
    }

    @Test func deadlineNeedsATimeZone() throws {
        let p = try TestProject(["bid.yaml": TestProject.bid(replacing: "2026-12-10T09:30:00+08:00", with: "2026-12-10T09:30:00")])
        let e = try #require(loadError { _ = try p.load() })
        #expect(e.message.contains("UTC offset"))
    }

    @Test func badEnumValueSuggests() throws {
        let p = try TestProject(["bid.yaml": TestProject.bid(replacing: "status: review", with: "status: reviw")])
        let e = try #require(loadError { _ = try p.load() })
        #expect(e.message.contains("did you mean 'review'?"))
    }

    @Test func responseToUnknownRequirement() throws {
        let req = TestProject.requirementsYAML.replacingOccurrences(of: "{requirement: T-02", with: "{requirement: T-03")
        let p = try TestProject(["requirements.yaml": req])
        let e = try #require(loadError { _ = try p.load() })
        #expect(e.location.file.hasSuffix("requirements.yaml"))
        #expect(e.message.contains("unknown requirement id 'T-03'"))
    }

    @Test func csvPriceListWithLocatedErrors() throws {
        let csv = "no,name,unit,quantity,unit_price,amount\n1,摄像机,台,10,1234.56,12345.60\n2,\"光缆, 单模\",m,abc,3.33,\n"
        let bid = TestProject.bid(replacing: """
              items:
                - {name: 摄像机, unit: 台, quantity: 10, unit_price: 1234.56, unit_cost: 900}
                - {name: 光缆, unit: m, quantity: 350.5, unit_price: 3.33, amount: 1167.17}
            """, with: "  items_file: prices.csv")
        let p = try TestProject(["bid.yaml": bid, "prices.csv": csv])
        let e = try #require(loadError { _ = try p.load() })
        #expect(e.location.file.hasSuffix("prices.csv"))
        #expect(e.location.line == 3 && e.location.column == 14)
        #expect(e.message.contains("expected a decimal amount, found 'abc' for 'quantity'"))

        try p.write("prices.csv", csv.replacingOccurrences(of: "abc", with: "350.5"))
        let items = try p.load().pricing.items
        #expect(items.map(\.name) == ["摄像机", "光缆, 单模"])
        #expect(items[1].location.line == 3)
    }
}
