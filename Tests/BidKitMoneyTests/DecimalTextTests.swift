import Foundation
import Testing
@testable import BidKitMoney

@Suite("Strict decimal figures")
struct DecimalTextTests {
    @Test("whole figures are read exactly", arguments: [
        ("0", "0"), ("007", "7"), ("-12.5", "-12.5"), ("1234.50", "1234.5"), ("1,234", "1234"), ("12,345,678.9", "12345678.9"),
        ("999,999,999,999,999.99", "999999999999999.99"), ("0.000000000000000000000000000000000001", "0.000000000000000000000000000000000001"),
        ("12345678901234567890123456789012345678", "12345678901234567890123456789012345678"),
    ])
    func accepts(_ input: String, _ expected: String) {
        #expect(DecimalText.parse(input) == .success(Decimal(string: expected, locale: Locale(identifier: "en_US_POSIX"))!))
    }

    /// The short-figure path builds the Decimal from its digits: it must be the very Decimal
    /// `Decimal(string:)` makes (same mantissa, exponent and compaction), or figures would print
    /// differently ("1.50" as 1.5) and byte-identical output would depend on which path ran.
    @Test func shortFiguresAreTheSameDecimalBitForBit() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        func bits(_ d: Decimal) -> [UInt8] { withUnsafeBytes(of: d) { Array($0) } }
        var inputs = ["1.50", "100", "1200.00", "-5.10", "0.01", "000123.4500", "-0.000001", "999999999999999999", "123456789012.345678",
                      "0", "0.00", "-0", "-0.00", "1,234,567.80", "-1,000"]
        for _ in 0..<5_000 {
            let integer = String((0..<(1 + next(18))).map { _ in Character(String(next(10))) })
            let fraction = String((0..<next(5)).map { _ in Character(String([0, 0, 0, 5, 9][next(5)])) })
            inputs.append((next(4) == 0 ? "-" : "") + integer + (fraction.isEmpty ? "" : "." + fraction))
        }
        for input in inputs {
            guard case .success(let value) = DecimalText.parse(input),
                  let reference = Decimal(string: input.replacingOccurrences(of: ",", with: ""), locale: Locale(identifier: "en_US_POSIX"))
            else { Issue.record("\(input) not read"); continue }
            #expect(bits(value) == bits(reference), "\(input)")
        }
    }

    @Test("prefixes, exponents and lookalikes are refused with the reason", arguments: [
        ("2.000.000", DecimalText.Failure.multiplePoints), ("1.260.00", .multiplePoints), ("2000-000", .notANumber),
        ("--1260", .notANumber), (".", .notANumber), (".5", .notANumber), ("12.", .notANumber), ("", .empty), ("1e127", .exponent),
        ("1E5", .exponent), ("2.5e-3", .exponent), ("NaN", .notANumber), ("inf", .notANumber), (".inf", .notANumber),
        ("+5", .notANumber), ("1 000", .notANumber), ("1_000", .notANumber), ("0x1F", .notANumber), ("¥100", .notANumber),
        ("１２３", .notANumber), (" 12", .notANumber), ("1,23", .grouping), ("12,34,567", .grouping), ("1,2345", .grouping),
        (",123", .grouping), ("1.234,56", .grouping), ("-", .notANumber), ("-,1", .grouping),
        ("123456789012345678901234567890123456789", .tooManyDigits(39)), (String(repeating: "9", count: 50), .tooManyDigits(50)),
        ("0." + String(repeating: "0", count: 200) + "1", .tooManyDigits(201)),
    ])
    func refuses(_ input: String, _ failure: DecimalText.Failure) {
        #expect(DecimalText.parse(input) == .failure(failure))
    }

    @Test func trailingZerosAndLeadingZerosAreNotSignificant() {
        let long = "1" + String(repeating: "0", count: 36) + ".5" + String(repeating: "0", count: 20)
        #expect(DecimalText.parse(long) == .success(Decimal(string: "1" + String(repeating: "0", count: 36) + ".5")!))
        #expect((try? DecimalText.parse("000" + String(repeating: "1", count: 38)).get()) != nil)
    }

    @Test func reasonsReadAsAdvice() {
        #expect(DecimalText.Failure.grouping.description.contains("1,234,567.89"))
        #expect(DecimalText.Failure.exponent.description.contains("exponent"))
        #expect(DecimalText.Failure.tooManyDigits(50).description.contains("at most 38"))
    }
}

@Suite("ISO 4217 currencies")
struct CurrencyTableTests {
    @Test func codesAreUniqueSortedAndWellFormed() {
        let codes = CurrencyTable.all.map(\.code)
        #expect(codes == codes.sorted())
        #expect(Set(codes).count == codes.count)
        #expect(codes.allSatisfy { $0.count == 3 && $0.allSatisfy { $0.isASCII && $0.isUppercase } })
        #expect(codes.count >= 170)
    }

    @Test func knowsTheCurrenciesBidsAreQuotedIn() {
        #expect(CurrencyTable.currency(code: "CNY")?.minorUnits == 2)
        #expect(CurrencyTable.currency(code: "JPY")?.minorUnits == 0)
        #expect(CurrencyTable.currency(code: "KWD")?.minorUnits == 3)
        #expect(CurrencyTable.currency(code: "EUR")?.symbols == ["€"])
        #expect(CurrencyTable.currency(code: "XAU")?.minorUnits == nil)
        #expect(CurrencyTable.currency(code: "cny") == nil)
        #expect(CurrencyTable.currency(code: "<b>$$</b>") == nil)
        #expect(Set(CurrencyTable.currencies(symbol: "¥").map(\.code)) == ["CNY", "JPY"])
        #expect(CurrencyTable.currencies(symbol: "$").count > 10)
    }
}

@Suite("Spreadsheet numbers")
struct SpreadsheetNumberTests {
    private func value(_ text: String) -> Decimal? {
        if case .success(let v) = SpreadsheetNumber.parse(text) { return v }
        return nil
    }

    @Test func excelValuesReadExactlyToFifteenDigits() {
        #expect(value("1234.5") == Decimal(string: "1234.5"))
        #expect(value("0.30000000000000004") == Decimal(string: "0.3"))
        #expect(value("12345.600000000002") == Decimal(string: "12345.6"))
        #expect(value("1.5E-3") == Decimal(string: "0.0015"))
        #expect(value("1E+20") == Decimal(string: "100000000000000000000"))
        #expect(value("-2.5e2") == Decimal(string: "-250"))
        #expect(value("0") == 0)
        #expect(value("123456789012345678") == Decimal(string: "123456789012346000"))
    }

    @Test func anythingElseIsRefused() {
        for bad in ["", "1,234.5", "1E", "E5", "1E+1000", "NaN", "INF", "1.2.3", " 1", "1e5e5", "0x10"] {
            #expect(value(bad) == nil, "\(bad)")
        }
    }
}
