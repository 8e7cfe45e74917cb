import Foundation

/// Amounts in Chinese capital numerals (大写金额), as required on bid forms (投标函, 开标一览表)
/// next to the figure, and the inverse used by the checker to prove words and figures agree.
///
/// Writing follows the People's Bank rules for capital amounts (《支付结算办法》附件):
/// capital digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟, sections 万 and 亿; one 零 for a run of
/// zeros inside the number; nothing for trailing zeros; 整 when the amount ends at 元 or 角.
public enum ChineseAmount {
    static let digits: [Character] = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"]
    /// Units inside a four-digit group, indexed by position (ones, tens, hundreds, thousands).
    static let groupUnits: [String] = ["", "拾", "佰", "仟"]

    /// Amount in Chinese capital numerals after rounding half-up to the fen (分),
    /// with the "人民币" prefix by default. Negative amounts get 负 after the prefix.
    ///
    /// Examples: 1,856,000.00 → 人民币壹佰捌拾伍万陆仟元整; 1,002,000.05 → 人民币壹佰万贰仟元零伍分;
    /// 0.50 → 人民币伍角整; 0 → 人民币零元整; 1,500,000,000,000 → 人民币壹万伍仟亿元整.
    ///
    /// Above 亿 the number in front of 亿 is itself written with 万 (壹万伍仟亿, "15 thousand
    /// 亿"), which is how the amount is read aloud; 10^16 and above nest further (壹亿亿).
    /// NaN, which has no digits, yields "NaN" so it can never pass for an amount.
    public static func words(_ amount: Decimal, prefix: String = "人民币") -> String {
        guard let parts = AmountParts(amount) else { return "NaN" }
        let jiao = parts.minor / 10
        let fen = parts.minor % 10
        let hasYuan = parts.integerDigits != [0]
        var text = prefix + (parts.isNegative ? "负" : "")
        if hasYuan {
            text += integerWords(parts.integerDigits) + "元"
        } else if parts.minor == 0 {
            return text + "零元整"
        }
        if jiao != 0 {
            text += String(digits[jiao]) + "角"
        } else if fen != 0, hasYuan {
            // 1.05 → 壹元零伍分: the zero 角 between 元 and 分 is spoken as 零.
            text += "零"
        }
        if fen != 0 {
            text += String(digits[fen]) + "分"
        } else {
            text += "整"
        }
        return text
    }

    /// Capital numerals for a positive integer given as decimal digits (most significant first).
    ///
    /// Recursive on the sections: n ≥ 10^8 is written as (n / 10^8)亿 followed by the rest, and
    /// the rest (< 10^8) as (rest / 10^4)万 followed by a four-digit group. A 零 joins a section
    /// to a remainder that starts with zeros (100,000,005 → 壹亿零伍; 100,100 → 壹拾万零壹佰).
    static func integerWords(_ digits: [UInt8]) -> String {
        let trimmed = Array(digits.drop(while: { $0 == 0 }))
        if trimmed.isEmpty { return "" }
        if trimmed.count <= 4 { return groupWords(trimmed) }
        let lowCount = trimmed.count > 8 ? 8 : 4
        let unit = trimmed.count > 8 ? "亿" : "万"
        let high = Array(trimmed.dropLast(lowCount))
        let low = Array(trimmed.suffix(lowCount))
        var text = integerWords(high) + unit
        if low.contains(where: { $0 != 0 }) {
            if low[0] == 0 { text += "零" }
            text += integerWords(low)
        }
        return text
    }

    /// Capital numerals for 1...9999 given as up to four digits without leading zeros:
    /// every non-zero digit with its unit (so 10 is 壹拾, never bare 拾), one 零 per inner run
    /// of zeros, nothing for trailing zeros.
    static func groupWords(_ digits: [UInt8]) -> String {
        var text = ""
        var pendingZero = false
        for (index, digit) in digits.enumerated() {
            let position = digits.count - 1 - index
            if digit == 0 {
                pendingZero = !text.isEmpty
                continue
            }
            if pendingZero { text += "零" }
            pendingZero = false
            text += String(ChineseAmount.digits[Int(digit)]) + groupUnits[position]
        }
        return text
    }
}
