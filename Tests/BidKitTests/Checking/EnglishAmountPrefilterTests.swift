import Testing
@testable import BidKit

/// `AmountMentions.mayHoldEnglish` lets a line skip the English-words regex; it may say "maybe" too
/// often, never "no" where the regex would match.
@Suite("English amount prefilter")
struct EnglishAmountPrefilterTests {
    @Test(arguments: [
        "Nine hundred thirty-two thousand four hundred pounds only (£932,400.00)", "NINE HUNDRED DOLLARS ONLY ($900.00)",
        "twenty-one dollars only", "Sum:Ten thousand euros only", "（Five hundred yuan only）", "the price,one hundred dollars only",
        "ſix dollars only", "ﬁve dollars only", "１two hundred dollars", "Minus ten dollars only",
    ])
    func linesTheRegexReadsPassTheFilter(_ line: String) {
        #expect(AmountMentions.mayHoldEnglish(line), "\(line)")
    }

    @Test(arguments: ["Central platform, 12 cores", "percent of the contract", "someone has done the phone tender", "Only the content",
                      "| 3 | 汇聚交换机 | NetCore | 台 | 43 | 6,738.62 | Central platform |", "Sixteenthousand dollars only"])
    func linesWithoutANumberWordSkipIt(_ line: String) {
        #expect(!AmountMentions.mayHoldEnglish(line), "\(line)")
        #expect(!AmountMentions.find(in: line).contains { $0.kind == .englishWords }, "\(line)")
    }

    /// Skipping the regex changes nothing: every line with an English amount still yields it.
    @Test func findStillReadsTheAmount() {
        let mentions = AmountMentions.find(in: "A bond of Twenty thousand dollars only (USD 20,000.00).")
        #expect(mentions.map(\.kind) == [.englishWords, .figure])
        #expect(mentions.first?.value == 20000)
    }
}
