import Testing
@testable import BidKitModel

/// Issue 12 item 9: a field's value joins the text around it without doubled words or periods.
@Suite struct FieldJoinTests {
    @Test func theWordTheValueStartsWithIsNotRepeated() {
        #expect(FieldJoin.replace("{{n}}", with: "RFP-NPC-2026-014", in: "RFP {{n}}") == "RFP-NPC-2026-014")
        #expect(FieldJoin.replace("{{n}}", with: "RFP 14", in: "To X — RFP {{n}} of") == "To X — RFP 14 of")
        // Not the same word: kept.
        #expect(FieldJoin.replace("{{n}}", with: "RFPX-1", in: "RFP {{n}}") == "RFP RFPX-1")
        #expect(FieldJoin.replace("{{n}}", with: "LLGD-ZB-1", in: "招标编号：{{n}}") == "招标编号：LLGD-ZB-1")
        #expect(FieldJoin.replace("{{n}}", with: "No-1", in: "No. {{n}}") == "No. No-1")
        #expect(FieldJoin.replace("{{n}}", with: "A-1", in: "A {{n}}") == "A A-1")  // one letter is not a word to drop
    }

    @Test func aPeriodTheValueEndsWithIsNotRepeated() {
        #expect(FieldJoin.replace("{{b}}", with: "Northfield Inc.", in: "for {{b}}. Having") == "for Northfield Inc. Having")
        #expect(FieldJoin.replace("{{b}}", with: "Northfield Inc.", in: "{{b}}...") == "Northfield Inc....")
        #expect(FieldJoin.replace("{{b}}", with: "Northfield LLC", in: "{{b}}.") == "Northfield LLC.")
        #expect(FieldJoin.replace("{{b}}", with: "X Inc.", in: "{{b}}, {{b}}.") == "X Inc., X Inc.")
    }
}
