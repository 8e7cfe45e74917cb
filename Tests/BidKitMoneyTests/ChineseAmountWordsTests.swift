import Foundation
import Testing
import BidKitMoney

/// The table is the specification: every expected string was worked out by hand from the
/// People's Bank rules for capital amounts.
let chineseTable: [(String, String)] = [
    ("0", "人民币零元整"),
    ("0.01", "人民币壹分"),
    ("0.05", "人民币伍分"),
    ("0.10", "人民币壹角整"),
    ("0.50", "人民币伍角整"),
    ("0.55", "人民币伍角伍分"),
    ("1", "人民币壹元整"),
    ("1.05", "人民币壹元零伍分"),
    ("1.50", "人民币壹元伍角整"),
    ("1.55", "人民币壹元伍角伍分"),
    ("10", "人民币壹拾元整"),
    ("10.05", "人民币壹拾元零伍分"),
    ("15", "人民币壹拾伍元整"),
    ("100.50", "人民币壹佰元伍角整"),
    ("101", "人民币壹佰零壹元整"),
    ("1000", "人民币壹仟元整"),
    ("1001", "人民币壹仟零壹元整"),
    ("1010", "人民币壹仟零壹拾元整"),
    ("1680.32", "人民币壹仟陆佰捌拾元叁角贰分"),
    ("10000", "人民币壹万元整"),
    ("10001", "人民币壹万零壹元整"),
    ("10050", "人民币壹万零伍拾元整"),
    ("100000", "人民币壹拾万元整"),
    ("100100", "人民币壹拾万零壹佰元整"),
    ("107000.53", "人民币壹拾万柒仟元伍角叁分"),
    ("1002000.05", "人民币壹佰万贰仟元零伍分"),
    ("1856000.00", "人民币壹佰捌拾伍万陆仟元整"),
    ("10000000", "人民币壹仟万元整"),
    ("100000000", "人民币壹亿元整"),
    ("100000005", "人民币壹亿零伍元整"),
    ("120000000", "人民币壹亿贰仟万元整"),
    ("123456789.12", "人民币壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分"),
    ("1001001001", "人民币壹拾亿零壹佰万壹仟零壹元整"),
    ("2000000000", "人民币贰拾亿元整"),
    ("99999999999.99", "人民币玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
    ("1000000000000", "人民币壹万亿元整"),
    ("1500000000000", "人民币壹万伍仟亿元整"),
    ("1000100000000", "人民币壹万零壹亿元整"),
    ("1000000010000", "人民币壹万亿零壹万元整"),
    ("-1", "人民币负壹元整"),
    ("-0.05", "人民币负伍分"),
]

@Suite("ChineseAmount.words")
struct ChineseAmountWordsTests {
    @Test("table", arguments: chineseTable)
    func table(figure: String, expected: String) {
        #expect(ChineseAmount.words(dec(figure)) == expected)
    }

    @Test("rounds half-up to the fen first", arguments: [
        ("0.005", "人民币壹分"), ("2.675", "人民币贰元陆角捌分"), ("0.004", "人民币零元整"),
        ("9.995", "人民币壹拾元整"), ("-0.001", "人民币零元整"), ("-2.675", "人民币负贰元陆角捌分"),
    ])
    func rounding(figure: String, expected: String) {
        #expect(ChineseAmount.words(dec(figure)) == expected)
    }

    @Test("custom and empty prefix")
    func prefix() {
        #expect(ChineseAmount.words(15, prefix: "") == "壹拾伍元整")
        #expect(ChineseAmount.words(-15, prefix: "") == "负壹拾伍元整")
        #expect(ChineseAmount.words(dec("0.5"), prefix: "RMB ") == "RMB 伍角整")
    }

    @Test("amounts of 10^16 and above nest 亿 instead of failing")
    func veryLarge() {
        #expect(ChineseAmount.words(dec("10000000000000000")) == "人民币壹亿亿元整")
        #expect(ChineseAmount.words(dec("10000000100000000")) == "人民币壹亿零壹亿元整")
    }

    @Test("NaN is not written as an amount")
    func nan() {
        #expect(ChineseAmount.words(.nan) == "NaN")
        #expect(ChineseAmount.parse(ChineseAmount.words(.nan)) == nil)
    }
}
