import Testing
@testable import BidKit

/// Issue 10 item 4: a letter addressed to another buyer is flagged even when that buyer is not in known_names.
@Suite("Rule addressee")
struct AddresseeTests {
    private func letter(_ first: String, _ base: [String: String] = TestProject.zhFiles) throws -> [Finding] {
        let letter = base["sections/letter.md"] ?? ""
        let body = letter.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)[1]
        return try findings(["sections/letter.md": first + "\n" + body], rule: Addressee.id, base: base)
    }

    @Test func anotherBuyerIsFlaggedAtItsLine() throws {
        let f = try letter("致：某市中心医院")
        #expect(f.count == 1 && f.first?.message.contains("致“某市中心医院”，而非采购人“某供电公司”") == true, "\(f.map(\.message))")
        #expect(f.first?.location?.line == 1 && f.first?.location?.column == 1)
        #expect(try letter("**致：某市中心医院**").count == 1)
        #expect(try letter("Dear City of Springfield,", ExampleProject.englishFiles).count == 1)
    }

    @Test func theBuyerTheAgentTheCustomerAndGenericSalutationsPass() throws {
        for line in ["致：{{tender.buyer}}", "致：某供电公司物资部", "致：评标委员会", "尊敬的{{tender.buyer}}：", "至：{{tender.buyer}}"] {
            #expect(try letter(line).isEmpty, "\(line)")
        }
        let withAgent = TestProject.bid(replacing: "  buyer: 某供电公司\n", with: "  buyer: 某供电公司\n  agent: 某招标代理有限公司\n")
        #expect(try findings(["bid.yaml": withAgent, "sections/letter.md": "致：某招标代理有限公司\n\n" + TestProject.letterMarkdown],
                             rule: Addressee.id).isEmpty)
        for line in ["Dear Sir or Madam,", "Dear Members of the Evaluation Committee,", "To: {{tender.buyer}}", "To whom it may concern,"] {
            #expect(try letter(line, ExampleProject.englishFiles).isEmpty, "\(line)")
        }
        // "Dear Mr. Becker": a contact of the customer.
        let customer = ExampleProject.englishBid + "customer:\n  name: Northfield County Council\n  contacts:\n    - {name: Tom Becker, role: Procurement Manager}\n"
        var en = ExampleProject.englishFiles
        en["bid.yaml"] = customer
        #expect(try letter("Dear Mr. Becker,", en).isEmpty)
        #expect(try letter("Dear Ms. Rivera,", en).count == 1)
    }
}
