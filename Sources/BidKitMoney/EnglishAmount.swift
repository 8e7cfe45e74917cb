import Foundation

/// Amounts in English words, cheque style, for English-language bid forms
/// ("One million two thousand yuan and five fen"), and the inverse used by the checker.
public enum EnglishAmount {
    static let ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                       "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                       "seventeen", "eighteen", "nineteen"]
    static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    /// Scale words for successive groups of three digits, below a trillion.
    static let scales = ["", "thousand", "million", "billion"]

    /// Cheque-style words with the currency:
    /// 1,856,000.00 CNY → "One million eight hundred fifty-six thousand yuan only";
    /// 1,002,000.05 CNY → "One million two thousand yuan and five fen";
    /// 1,234.56 USD → "One thousand two hundred thirty-four dollars and fifty-six cents".
    ///
    /// The amount is rounded half-up to two decimals. "and" appears only before the minor units,
    /// "only" when there are none; 21–99 are hyphenated; the first letter is capitalised.
    /// Zero is "Zero yuan only"; amounts below one keep the major unit ("Zero dollars and five
    /// cents") so the currency is always stated. Negative amounts start with "Minus".
    /// Scales go up to trillions; above that the count of trillions is itself written out
    /// ("one thousand trillion"). Currencies `CurrencyWords` names are written with their unit
    /// words (pounds and pence, Hong Kong dollars and cents, yen); other ISO 4217 codes as the code
    /// in capitals with "cent(s)" as the minor unit. NaN yields "NaN".
    public static func words(_ amount: Decimal, currency: String) -> String {
        guard let parts = AmountParts(amount) else { return "NaN" }
        let units = CurrencyWords.forCode(currency)
        let isOne = parts.integerDigits == [1]
        var text = parts.isNegative ? "minus " : ""
        text += integerWords(parts.integerDigits)
        let major = isOne ? units.majorSingular : units.majorPlural
        if !major.isEmpty { text += " " + major }
        if parts.minor == 0 {
            text += " only"
        } else {
            let minor = parts.minor == 1 ? units.minorSingular : units.minorPlural
            text += " and " + groupWords(parts.minor) + " " + minor
        }
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// Words for a non-negative integer given as decimal digits, lower case, no "and".
    static func integerWords(_ digits: [UInt8]) -> String {
        let trimmed = Array(digits.drop(while: { $0 == 0 }))
        if trimmed.isEmpty { return "zero" }
        if trimmed.count > 15 {
            // A thousand trillion or more: count the trillions, then the rest.
            let low = Array(trimmed.suffix(12))
            let lowWords = low.contains(where: { $0 != 0 }) ? " " + integerWords(low) : ""
            return integerWords(Array(trimmed.dropLast(12))) + " trillion" + lowWords
        }
        var words: [String] = []
        var end = trimmed.count
        var scale = 0
        while end > 0 {
            let start = max(0, end - 3)
            let value = trimmed[start..<end].reduce(0) { $0 * 10 + Int($1) }
            if value != 0 {
                let scaleWord = scale < scales.count ? scales[scale] : "trillion"
                words.insert(groupWords(value) + (scaleWord.isEmpty ? "" : " " + scaleWord), at: 0)
            }
            end = start
            scale += 1
        }
        return words.joined(separator: " ")
    }

    /// Words for 1...999: "two hundred thirty-four", "eleven", "ninety".
    static func groupWords(_ value: Int) -> String {
        var parts: [String] = []
        if value >= 100 { parts.append(ones[value / 100] + " hundred") }
        let rest = value % 100
        if rest >= 20 {
            parts.append(tens[rest / 10] + (rest % 10 == 0 ? "" : "-" + ones[rest % 10]))
        } else if rest > 0 {
            parts.append(ones[rest])
        }
        return parts.joined(separator: " ")
    }
}
