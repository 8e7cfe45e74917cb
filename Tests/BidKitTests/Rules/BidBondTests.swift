import Testing
@testable import BidKit

@Suite("Rule bid-bond")
struct BidBondTests {
    /// Issue 10 item 7: the bond findings name the line of the bond to change.
    @Test func findingsPointAtTheBondLines() throws {
        let bid = TestProject.bid(replacing: "  ceiling: 15000\n", with: "  ceiling: 15000\n  bid_bond: 400\n")
            .replacingOccurrences(of: "  validity_days: 120\n", with: "  validity_days: 120\n  bid_bond: 100\n")
        let f = try findings(["bid.yaml": bid], rule: BidBond.id)
        #expect(f.map(\.severity) == [.error, .warning], "\(f.map(\.message))")
        let provided = try #require(f.first { $0.severity == .error })
        #expect(provided.location?.line == 20 && provided.english.contains("100.00 is less than the required 400.00"))
        let asked = try #require(f.first { $0.severity == .warning })
        #expect(asked.location?.line == 12 && asked.english.contains("more than 2%"))
    }

    /// The 2% cap is Chinese law: an English RFP in pounds or dollars asking 3% gets no warning
    /// (init --from-tender on the English sample RFP otherwise reported one), one priced in yuan does.
    @Test func theTwoPercentCapIsForChineseTenders() throws {
        let bid = ExampleProject.englishBid.replacingOccurrences(of: "  ceiling: 15000\n", with: "  ceiling: 15000\n  bid_bond: 450\n")
            .replacingOccurrences(of: "  validity_days: 120\n", with: "  validity_days: 120\n  bid_bond: 450\n")
        #expect(try findings(["bid.yaml": bid], rule: BidBond.id, base: ExampleProject.englishFiles).isEmpty)
        let yuan = bid.replacingOccurrences(of: "currency: GBP", with: "currency: CNY")
        #expect(try findings(["bid.yaml": yuan], rule: BidBond.id, base: ExampleProject.englishFiles).map(\.severity) == [.warning])
    }
}
