import Foundation
import Testing
@testable import BidKit

/// Issue 10 item 3: bounds in the words tenders use, in both languages, units normalised.
@Suite("Numeric bounds")
struct NumericBoundTests {
    private func bound(_ text: String) -> NumericBound? { NumericBound.all(in: text).first }

    private func verdict(_ clause: String, _ offer: String) -> [ClauseEvaluation.Result] {
        ClauseEvaluation.evaluate(Requirement(id: "T", kind: .clause, text: clause, location: SourceLocation(file: "r")), offer: offer).map(\.result)
    }

    @Test(arguments: [
        ("有效像素不低于 400 万", NumericBound.Operator.atLeast, "4000000", "pixels"),
        ("不少于90天", .atLeast, "7776000", "time"), ("不小于 64 路", .atLeast, "64", "channels"),
        ("≥ 99.9%", .atLeast, "99.9", "percent"), ("5 年以上", .atLeast, "60", "months"), ("至少 2 期", .atLeast, "2", "unit 期"),
        ("不超过 2 h", .atMost, "7200", "time"), ("不大于 50 ms", .atMost, "0.05", "time"), ("不高于 30 dB", .atMost, "30", "unit db"),
        ("≤ 30 天", .atMost, "2592000", "time"), ("1 小时以内", .atMost, "3600", "time"), ("10 人以下", .atMost, "10", "unit 人"),
        ("合同签订后 60 日历天内", .atMost, "5184000", "time"), ("24 小时内修复", .atMost, "86400", "time"),
        ("at least 4 MP", .atLeast, "4000000", "pixels"), ("a minimum of 5,000 concurrent users", .atLeast, "5000", "users"),
        ("minimum 16 TB", .atLeast, "16000000000000", "bytes"), ("no less than 90 days", .atLeast, "7776000", "time"),
        ("not less than 3 years", .atLeast, "36", "months"), ("no more than 2 hours", .atMost, "7200", "time"),
        ("shall not exceed 30 days", .atMost, "2592000", "time"), ("maximum 500 ms", .atMost, "0.5", "time"),
        ("within 4 hours", .atMost, "14400", "time"), ("99.5% or more", .atLeast, "99.5", "percent"),
    ])
    func readsOperatorAndNormalisesTheUnit(_ c: (String, NumericBound.Operator, String, String)) throws {
        let b = try #require(bound(c.0), "no bound in \(c.0)")
        #expect(b.op == c.1, "\(c.0)")
        #expect(b.normalizedValue == Decimal(string: c.2), "\(c.0): \(b.normalizedValue)")
        #expect(b.quantityUnit?.dimension == c.3, "\(c.0): \(String(describing: b.quantityUnit))")
    }

    @Test func thousandsSeparatorsAreOneNumber() throws {
        #expect(try #require(bound("不少于 5,000 用户")).value == 5000)
        #expect(try #require(bound("at least 1,200,000 records")).value == 1_200_000)
    }

    @Test func rangesAndTheirDirection() throws {
        let temperature = try #require(bound("工作温度范围不窄于 -30℃～+60℃"))
        #expect(temperature.op == .between && temperature.value == -30 && temperature.upper == 60 && temperature.covering)
        #expect(verdict("工作温度 -20℃～+60℃", "-40℃～+70℃") == [.met("-40℃～+70℃")])
        #expect(verdict("工作温度 -20℃～+60℃", "-10℃～+60℃") == [.notMet("-10℃～+60℃")])
        let staff = try #require(bound("驻场人员 2~4 人"))
        #expect(staff.op == .between && !staff.covering)
        #expect(verdict("驻场人员 2~4 人", "3 人") == [.met("3 人")])
        #expect(verdict("驻场人员 2~4 人", "5 人") == [.notMet("5 人")])
    }

    @Test func equivalentUnitsCompareAndOthersAreIncomparable() {
        #expect(verdict("有效像素不低于 400 万", "4 MP") == [.met("4 MP")])
        #expect(verdict("有效像素不低于 400 万", "200 万像素") == [.notMet("200 万像素")])
        #expect(verdict("故障响应不超过 4 小时", "2 h 内到场") == [.met("2 h")])
        #expect(verdict("质保期不少于 3 年", "36 个月") == [.met("36 个月")])
        #expect(verdict("不少于 8 个业务槽位", "6 槽") == [.notMet("6 槽")])
        #expect(verdict("存储不少于 90 天", "3 个月") == [.incomparable("个月")])
        #expect(verdict("at least 5,000 users", "4,000 sessions") == [.incomparable("sessions")])
        #expect(verdict("at least 5,000 users", "4,000 users") == [.notMet("4,000 users")])
        #expect(verdict("有效像素不低于 400 万", "满足招标要求").isEmpty)
    }

    @Test func boundsPairWithOfferedQuantitiesInOrder() {
        // The sample's T-12: two bounds in hours, the offer's "7×24 小时" is a product, not a quantity.
        #expect(verdict("故障响应时间不超过 2 h，一般故障 24 h 内修复", "7×24 小时服务热线，2 h 内响应，4 h 内到达现场，一般故障 24 h 内修复")
                == [.met("2 h"), .met("4 h")])
        #expect(verdict("防护等级不低于 IP66", "IP67") == [.met("IP67")])
        #expect(verdict("防护等级不低于 IP66", "IP65") == [.notMet("IP65")])
    }

    @Test func datesIdentifiersAndProductsAreNotQuantities() {
        #expect(NumericBound.all(in: "支持 H.265 编码，符合 GB/T 28181-2022").isEmpty)
        #expect(verdict("合同签订后 60 日历天内完成", "60 日历天内完成，计划 2027年3月4日前具备验收条件") == [.met("60 日历天")])
        #expect(verdict("within 90 days", "Go-live on 30 August 2027, 75 days after signature") == [.met("75 days")])
    }

    @Test func boundAsDataWinsOverTheText() {
        let req = Requirement(id: "T", kind: .clause, text: "并发用户数满足需求", bound: NumericBound(op: .atLeast, value: 5000, unit: "users"),
                              location: SourceLocation(file: "r"))
        #expect(ClauseEvaluation.evaluate(req, offer: "4,800 users").map(\.result) == [.notMet("4,800 users")])
    }
}
