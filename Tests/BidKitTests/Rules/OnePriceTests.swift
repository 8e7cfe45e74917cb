import Testing
@testable import BidKit

@Suite("Rule one-price")
struct OnePriceTests {
    private func letter(_ markdown: String, _ base: [String: String] = TestProject.zhFiles) throws -> [Finding] {
        try findings(["sections/letter.md": (base["sections/letter.md"] ?? "") + "\n" + markdown + "\n"], rule: OnePrice.id, base: base)
    }

    @Test func statedTotalMismatch() throws {
        let f = try findings(["bid.yaml": TestProject.bid(replacing: "stated_total: 13512.77", with: "stated_total: 13512.70")], rule: OnePrice.id)
        #expect(f.count == 1 && f.first?.english.contains("13,512.70") == true)
        #expect(f.first?.location?.line == 24)
    }

    /// Issue 10 item 5: words and figures that agree with each other but not with the computed total,
    /// written words-first as Chinese bid letters usually are.
    @Test func wordsFirstTotalsAreCompared() throws {
        let f = try letter("我方愿以投标总价为人民币壹万叁仟伍佰元整（¥13,500.00）完成本项目。")
        #expect(f.count == 1, "\(f.map(\.message))")  // the words and the figure state one total
        #expect(f.first?.english.contains("states a total of '人民币壹万叁仟伍佰元整（¥13,500.00）' = 13,500.00, not 13,512.77") == true, "\(f.map(\.message))")
        #expect(f.first?.location?.line == 16 && f.first?.location?.column == 10)
        #expect(try letter("我方愿以投标总报价 **人民币壹万叁仟伍佰壹拾贰元柒角柒分（¥13,512.77）** 完成本项目。").isEmpty)
        for phrase in ["投标总报价：¥13,500.00", "总报价（小写）：¥13,500.00", "报价总额 13,500.00 元"] {
            #expect(try letter(phrase).count == 1, "\(phrase)")
        }
        let en = try letter("We offer a firm fixed price of Thirteen thousand five hundred pounds only (GBP 13,500.00).", ExampleProject.englishFiles)
        #expect(en.count == 1, "\(en.map(\.message))")
        #expect(try letter("The total bid price is £13,512.77.", ExampleProject.englishFiles).isEmpty)
    }

    /// Issue 10 items 6 and 7: a hand-written opening summary binds; its rows are compared with the schedule,
    /// and price-ceiling names the same figure.
    @Test func aWrittenOpeningSummaryBindsForBothPriceRules() throws {
        let summary = "| 项目 | 内容 |\n|---|---|\n| 投标总价（小写） | ¥15,200.00 |\n| 投标总价（大写） | 人民币壹万伍仟贰佰元整 |\n\n```signature\nseal: bidder\nsigner: legal-representative\n```\n"
        let bid = TestProject.bid(replacing: "status: done, covers: [D-02]}",
                                  with: "status: done, covers: [D-02]}\n      - {id: summary, title: 开标一览表, source: sections/summary.md, owner: 李娜, due: 2026-12-05, status: done}")
        let files: [String: String?] = ["bid.yaml": bid, "sections/summary.md": summary]
        let one = try findings(files, rule: OnePrice.id)
        #expect(one.contains { $0.english.contains("the opening summary states 15,200.00 but the price schedule totals 13,512.77") }, "\(one.map(\.message))")
        #expect(one.contains { $0.english.contains("binding: the opening summary's 15,200.00") && $0.location?.line == 24 }, "\(one.map(\.message))")
        let ceiling = try findings(files, rule: PriceCeiling.id)
        #expect(ceiling.count == 1 && ceiling.first?.english.contains("the opening summary's total 15,200.00, which binds, exceeds the ceiling price 15,000.00") == true,
                "\(ceiling.map(\.message))")
        #expect(ceiling.first?.location?.line == 11, "the tender.ceiling line")
    }
}
