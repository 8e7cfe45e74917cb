import Foundation
import Testing
import BidKitMoney

let englishTable: [(String, String, String)] = [
    ("1856000.00", "CNY", "One million eight hundred fifty-six thousand yuan only"),
    ("1002000.05", "CNY", "One million two thousand yuan and five fen"),
    ("1234.56", "USD", "One thousand two hundred thirty-four dollars and fifty-six cents"),
    ("1", "USD", "One dollar only"),
    ("1", "EUR", "One euro only"),
    ("2.01", "EUR", "Two euros and one cent"),
    ("1000", "GBP", "One thousand pounds only"),
    ("932400.5", "GBP", "Nine hundred thirty-two thousand four hundred pounds and fifty pence"),
    ("1.01", "GBP", "One pound and one penny"),
    ("7000.05", "HKD", "Seven thousand Hong Kong dollars and five cents"),
    ("11000", "SGD", "Eleven thousand Singapore dollars only"),
    ("8000000", "JPY", "Eight million yen only"),
    ("1000", "KWD", "One thousand KWD only"),
    ("0", "CNY", "Zero yuan only"),
    ("0.5", "USD", "Zero dollars and fifty cents"),
    ("21", "USD", "Twenty-one dollars only"),
    ("-3", "USD", "Minus three dollars only"),
    ("100000001", "USD", "One hundred million one dollars only"),
    ("1000000000000", "USD", "One trillion dollars only"),
    ("1000000000000000", "USD", "One thousand trillion dollars only"),
    ("999999999999.99", "USD",
     "Nine hundred ninety-nine billion nine hundred ninety-nine million nine hundred ninety-nine thousand nine hundred ninety-nine dollars and ninety-nine cents"),
    ("2000000000015.3", "CNY", "Two trillion fifteen yuan and thirty fen"),
]

@Suite("EnglishAmount")
struct EnglishAmountTests {
    @Test("words table", arguments: englishTable)
    func words(figure: String, currency: String, expected: String) {
        #expect(EnglishAmount.words(dec(figure), currency: currency) == expected)
    }

    @Test("parse reads back every table entry", arguments: englishTable)
    func parseTable(figure: String, currency: String, words: String) {
        let parsed = EnglishAmount.parse(words)
        #expect(parsed?.amount == dec(figure))
        #expect(parsed?.currency == currency)
    }

    @Test("currency codes are case-insensitive and rounding is half-up")
    func codesAndRounding() {
        #expect(EnglishAmount.words(dec("2.675"), currency: "usd") == "Two dollars and sixty-eight cents")
        #expect(EnglishAmount.words(dec("0.005"), currency: " cny ") == "Zero yuan and one fen")
    }

    @Test("parse is tolerant", arguments: [
        ("one hundred AND five dollars", "105", "USD"),
        ("  ONE   thousand   yuan ", "1000", "CNY"),
        ("twenty one dollars and fifty cents only.", "21.5", "USD"),
        ("One thousand, two hundred and thirty-four dollars and fifty-six cents", "1234.56", "USD"),
        ("Minus three dollars only", "-3", "USD"),
        ("negative one euro", "-1", "EUR"),
        ("five fen", "0.05", "CNY"),
        ("one thousand RMB only", "1000", "CNY"),
        ("one million one thousand and one jpy only", "1001001", "JPY"),
        ("One dollar and zero cents", "1", "USD"),
    ])
    func tolerant(text: String, figure: String, currency: String) {
        let parsed = EnglishAmount.parse(text)
        #expect(parsed?.amount == dec(figure))
        #expect(parsed?.currency == currency)
    }

    @Test("parse without a major unit has no currency")
    func noCurrency() {
        #expect(EnglishAmount.parse("fifty cents")?.amount == dec("0.5"))
        #expect(EnglishAmount.parse("fifty cents")?.currency == nil)
        #expect(EnglishAmount.parse("one thousand")?.amount == 1000)
        #expect(EnglishAmount.parse("one thousand")?.currency == nil)
    }

    @Test("parse rejects non-amounts", arguments: [
        "", "hello", "one one dollars", "dollars", "one thousand thousand dollars",
        "one million two billion dollars", "one dollar and one hundred cents", "one yuan and five cents",
        "and one dollar", "one dollar and and five cents", "hundred dollars", "one dollar five",
        "twenty twenty dollars", "one hundred hundred dollars", "ten one dollars", "only",
        "one dollar and fifty", "one dollar and fifty cents dollars", "zero thousand dollars",
        "one trillion trillion zero dollars", "fifty-zero dollars", "one bananas only",
    ])
    func rejects(text: String) {
        #expect(EnglishAmount.parse(text) == nil)
    }

    @Test("very large amounts: exact up to 10^36, rejected above, no deep recursion")
    func veryLarge() {
        let big = dec("123456789012345678901234567890123.45")
        let words = EnglishAmount.words(big, currency: "USD")
        #expect(words.hasPrefix("One hundred twenty-three million four hundred fifty-six thousand seven hundred eighty-nine trillion twelve billion"))
        #expect(EnglishAmount.parse(words)?.amount == big)
        #expect(EnglishAmount.parse("one trillion trillion trillion dollars") == nil)
        let flood = "one " + Array(repeating: "trillion", count: 5_000).joined(separator: " ") + " dollars"
        #expect(EnglishAmount.parse(flood) == nil)
    }

    @Test("words then parse round-trips for random amounts and currencies")
    func roundTrip() {
        var sampler = AmountSampler(seed: 2_024)
        let currencies = ["CNY", "USD", "EUR", "GBP", "JPY", "HKD"]
        var failures: [String] = []
        for index in 0..<3_000 {
            let value = sampler.next(maxDigits: 16)
            let signed = index % 7 == 0 ? -value : value
            let currency = currencies[index % currencies.count]
            let words = EnglishAmount.words(signed, currency: currency)
            let parsed = EnglishAmount.parse(words)
            if parsed?.amount != signed || parsed?.currency != currency {
                failures.append("\(signed) \(currency) → \(words)")
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }
}

/// Issue 10 item 1: every currency's words read back, however the bid writes them.
@Suite("EnglishAmount currencies")
struct EnglishAmountCurrencyTests {
    @Test(arguments: [
        ("Nine hundred thirty-two thousand four hundred pounds sterling only", "932400", "GBP"),
        ("Nine hundred thirty-two thousand four hundred pounds and fifty pence only", "932400.5", "GBP"),
        ("ninety pence", "0.9", "GBP"),
        ("Seven hundred US dollars only", "700", "USD"),
        ("Eight thousand euros and twenty cents", "8000.2", "EUR"),
        ("Eleven thousand Australian dollars", "11000", "AUD"),
        ("Five hundred thousand yen only", "500000", "JPY"),
        ("One hundred Swiss francs and ten centimes", "100.1", "CHF"),
        ("Twenty thousand HKD only", "20000", "HKD"),
        ("two thousand renminbi", "2000", "CNY"),
    ])
    func reads(text: String, figure: String, currency: String) {
        let parsed = EnglishAmount.parse(text)
        #expect(parsed?.amount == Decimal(string: figure), "\(text)")
        #expect(parsed?.currency == currency, "\(text)")
    }

    @Test func aMinorUnitMustBelongToTheCurrency() {
        #expect(EnglishAmount.parse("one pound and fifty cents") == nil)
        #expect(EnglishAmount.parse("one dollar and fifty pence") == nil)
        #expect(EnglishAmount.parse("one thousand ABC only") == nil)  // not an ISO 4217 code
    }
}
