import Foundation
import Testing
import BidKitMoney

@Suite("ChineseAmount round trip")
struct ChineseAmountPropertyTests {
    @Test("parse(words(x)) == x for amounts across magnitudes up to 10^13")
    func roundTrip() {
        var sampler = AmountSampler(seed: 0x00B1_D4E7)
        var failures: [String] = []
        for _ in 0..<6_000 {
            let value = sampler.next(maxDigits: 13)
            let words = ChineseAmount.words(value)
            if ChineseAmount.parse(words) != value { failures.append("\(value) → \(words)") }
            if ChineseAmount.parse(ChineseAmount.words(-value)) != -value { failures.append("-\(value)") }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }

    @Test("writing rules hold for random amounts")
    func shape() {
        var sampler = AmountSampler(seed: 42)
        for _ in 0..<2_000 {
            let words = ChineseAmount.words(sampler.next(maxDigits: 13))
            #expect(!words.contains("零零"), "\(words)")
            #expect(!words.contains("零元") || words == "人民币零元整", "\(words)")
            #expect(!words.contains("零万") && !words.contains("零亿") && !words.contains("亿万"), "\(words)")
            #expect(!words.hasSuffix("分整"), "\(words)")
            #expect(words.hasSuffix("整") || words.hasSuffix("分"), "\(words)")
        }
    }

    @Test("boundary amounts round-trip", arguments: [
        "0", "0.01", "0.99", "9999.99", "10000", "99999999.99", "100000000", "100000000.01",
        "999999999999.99", "1000000000000", "9999999999999999.99",
    ])
    func boundaries(figure: String) {
        #expect(ChineseAmount.parse(ChineseAmount.words(dec(figure))) == dec(figure))
    }
}
