import Foundation
import Testing
import BidKitMoney

@Suite("ChineseAmount.parse")
struct ChineseAmountParseTests {
    @Test("reads back every table entry", arguments: chineseTable)
    func table(figure: String, words: String) {
        #expect(ChineseAmount.parse(words) == dec(figure))
    }

    @Test("accepts common variants", arguments: [
        ("壹佰元整", "100"), ("壹佰圆整", "100"), ("壹佰元正", "100"), ("壹佰元", "100"),
        ("拾万元整", "100000"), ("拾伍元", "15"), ("拾元", "10"), ("人民币拾亿元整", "1000000000"),
        ("人民币壹仟伍拾元整", "1050"), ("壹拾万零柒仟元伍角叁分", "107000.53"),
        ("壹仟陆佰捌拾元零叁角贰分", "1680.32"), ("人民币壹拾元零伍角", "10.5"),
        ("壹元伍分", "1.05"), ("伍角伍分整", "0.55"), ("壹元伍角伍分正", "1.55"), ("零元伍角", "0.5"),
        ("零元零伍分", "0.05"), ("伍角", "0.5"), (" 人民币 壹佰元\u{3000}整 ", "100"),
        ("人民币负壹元整", "-1"), ("负伍分", "-0.05"), ("壹万亿贰仟亿元整", "1200000000000"),
        ("壹万亿零贰佰亿零伍元整", "1020000000005"), ("壹亿伍万元整", "100050000"),
    ])
    func variants(words: String, figure: String) {
        #expect(ChineseAmount.parse(words) == dec(figure))
    }

    @Test("rejects malformed or ambiguous text", arguments: [
        "壹元元", "人民币", "abc", "", "整", "元整", "壹元整整", "两元", "二元", "壹拾", "负",
        "壹佰伍元", "壹万伍元", "壹仟伍佰伍元", "壹亿伍元", "壹仟壹仟元", "壹拾佰元", "壹佰拾元",
        "零伍分", "壹元零角", "壹元零角伍分", "壹仟零零壹元", "壹佰零拾元", "壹佰零伍拾元",
        "壹元伍分伍角", "壹元零伍角", "壹亿亿元", "拾拾元", "壹万万元", "伍仟零元", "零壹元",
        "壹元零", "壹元零整", "壹拾零元", "壹万零元", "伍角整整", "壹元伍角伍分伍", "USD壹元",
        "人民币人民币壹元", "负负壹元", "壹佰元整 abc", "伍角伍", "零零元", "零",
    ])
    func rejects(words: String) {
        #expect(ChineseAmount.parse(words) == nil)
    }
}
