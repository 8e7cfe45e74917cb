import Foundation
import Testing
@testable import BidKitMoney

@Suite("Money figures")
struct MoneyTests {
    @Test("round is half-up, away from zero", arguments: [
        ("2.345", 2, "2.35"), ("2.344", 2, "2.34"), ("-2.345", 2, "-2.35"), ("-2.344", 2, "-2.34"),
        ("2.675", 2, "2.68"), ("1.005", 2, "1.01"), ("0.005", 2, "0.01"), ("2.5", 0, "3"),
        ("-2.5", 0, "-3"), ("1.2345", 3, "1.235"), ("1999999999999.995", 2, "2000000000000"),
        ("12", 2, "12"),
    ])
    func rounding(input: String, scale: Int, expected: String) {
        #expect(Money.round(dec(input), scale: scale) == dec(expected))
    }

    @Test("round defaults to two places")
    func roundDefaultScale() {
        #expect(Money.round(dec("0.125")) == dec("0.13"))
    }

    @Test("format groups thousands and always shows two decimals", arguments: [
        ("1856000", "1,856,000.00"), ("0", "0.00"), ("-1234.5", "-1,234.50"), ("999.999", "1,000.00"),
        ("0.005", "0.01"), ("-0.001", "0.00"), ("123", "123.00"), ("1234", "1,234.00"),
        ("12345.6", "12,345.60"), ("100000", "100,000.00"), ("-0.5", "-0.50"),
        ("1000000000000000", "1,000,000,000,000,000.00"), ("2.345", "2.35"), ("-2.345", "-2.35"),
    ])
    func format(input: String, expected: String) {
        #expect(Money.format(dec(input)) == expected)
    }

    @Test("format of NaN does not look like an amount")
    func formatNaN() {
        #expect(Money.format(.nan) == "NaN")
    }

    @Test("parse accepts plain, grouped, signed and ¥/￥ figures", arguments: [
        ("1,856,000.00", "1856000"), ("1856000", "1856000"), ("¥1,856,000.00", "1856000"),
        ("￥1,856,000.00", "1856000"), ("-12.5", "-12.5"), (" 42 ", "42"), ("-¥3", "-3"),
        ("¥-3", "-3"), ("0.005", "0.005"), ("¥ 100", "100"), ("123,456,789,012,345,678.12", "123456789012345678.12"),
        ("0", "0"), ("999", "999"),
    ])
    func parseValid(input: String, expected: String) {
        #expect(Money.parse(input) == dec(expected))
    }

    @Test("parse rejects anything that is not a clean figure", arguments: [
        "", "abc", "12abc", "1,85,600", "12.", ".5", "1e5", "+5", "1,000.", "¥", "--5", "1.2.3",
        ",100", "100,", "1 000", "-¥-5", "1,0000", "１２", "1.2,3", "$5",
        "1234567890123456789012345678901234567890",
    ])
    func parseInvalid(input: String) {
        #expect(Money.parse(input) == nil)
    }

    @Test("format and parse round-trip")
    func formatParseRoundTrip() {
        var sampler = AmountSampler(seed: 7)
        for _ in 0..<1_000 {
            let value = sampler.next(maxDigits: 15)
            #expect(Money.parse(Money.format(value)) == value)
            #expect(Money.parse(Money.format(-value)) == -value)
        }
    }

    @Test("percent", arguments: [
        ("0.13", "13%"), ("0.065", "6.5%"), ("0", "0%"), ("1", "100%"), ("0.00125", "0.13%"),
        ("-0.05", "-5%"), ("0.1234", "12.34%"), ("0.0605", "6.05%"), ("0.09", "9%"), ("0.005", "0.5%"),
        ("12.5", "1250%"),
    ])
    func percent(input: String, expected: String) {
        #expect(Money.percent(dec(input)) == expected)
    }

    @Test("digit extraction agrees with exact long division")
    func digitExtraction() {
        var sampler = AmountSampler(seed: 11)
        for _ in 0..<500 {
            let cents = sampler.next(maxDigits: 30) * 100
            #expect(AmountParts.integerDigits(of: cents) == AmountParts.integerDigitsByDivision(of: cents))
        }
        #expect(AmountParts.integerDigitsByDivision(of: 0) == [0])
        #expect(AmountParts.integerDigitsByDivision(of: dec("1000")) == [1, 0, 0, 0])
        #expect(AmountParts.integerDigits(of: -1) == nil)
    }
}
