import Foundation

extension ChineseAmount {
    /// Parses a capital-numeral amount back to a `Decimal`, exact to the fen.
    ///
    /// The checker uses this to prove that the words on a bid form state the same amount as the
    /// figures, so it accepts what careful people actually write and rejects anything whose
    /// value is unclear. Accepted beyond the output of `words`:
    ///  - with or without the 人民币 prefix, 负 for negatives, whitespace anywhere;
    ///  - 圆 for 元; 正 for 整; 整 optional, and tolerated after 分;
    ///  - a bare 拾 at the very start (拾万元整, 拾伍元);
    ///  - a missing 零 (壹仟伍拾元), and the extra 零 the People's Bank allows after a section
    ///    whose last digit is zero (壹拾万零柒仟元) or before 角 when 元位 is zero (壹拾元零伍角);
    ///  - 零元 before 角/分 (零元伍角整);
    ///  - the "section" reading of 万亿 (壹万亿贰仟亿元 = 1,200,000,000,000).
    /// Rejected (nil): empty or unknown characters, 两 or lower-case numerals, repeated units
    /// (壹元元, 壹元整整), units out of order, a stray 零 where no digit is skipped, and a bare
    /// final digit after 佰/仟/万/亿 (壹佰伍, 壹万伍), which readers take as 150 / 15,000.
    /// Amounts of 10^16 and above are not accepted.
    public static func parse(_ text: String) -> Decimal? {
        var chars = Array(text.filter { !$0.isWhitespace })
        if chars.starts(with: Array("人民币")) { chars.removeFirst(3) }
        var negative = false
        if chars.first == "负" {
            negative = true
            chars.removeFirst()
        }
        let yuanMarks = chars.indices.filter { chars[$0] == "元" || chars[$0] == "圆" }
        guard yuanMarks.count <= 1 else { return nil }
        var integer: Int64 = 0
        var fractionChars = chars[...]
        if let yuan = yuanMarks.first {
            let integerChars = Array(chars[..<yuan])
            if integerChars == ["零"] {
                integer = 0
            } else {
                guard let value = ChineseIntegerParser.parse(integerChars) else { return nil }
                integer = value
            }
            fractionChars = chars[(yuan + 1)...]
        }
        guard let minor = parseFraction(Array(fractionChars), hasYuan: !yuanMarks.isEmpty,
                                        yuanDigitIsZero: integer % 10 == 0)
        else { return nil }
        let value = Decimal(integer) + Decimal(minor) / 100
        return negative ? -value : value
    }

    /// Parses what follows 元 (or the whole text when there is no 元): [零][d角][d分][整|正].
    /// Returns the amount in fen, or nil when the text is malformed or states no amount at all.
    private static func parseFraction(_ chars: [Character], hasYuan: Bool, yuanDigitIsZero: Bool) -> Int? {
        var index = 0
        func take(_ unit: Character) -> Int? {
            guard index + 1 < chars.count, chars[index + 1] == unit,
                  let digit = digits.firstIndex(of: chars[index]), digit > 0
            else { return nil }
            index += 2
            return digit
        }
        let leadingZero = index < chars.count && chars[index] == "零"
        if leadingZero { index += 1 }
        let jiao = take("角") ?? 0
        let fen = take("分") ?? 0
        if index < chars.count, chars[index] == "整" || chars[index] == "正" { index += 1 }
        guard index == chars.count else { return nil }
        if leadingZero {
            // 零 only stands for a skipped digit: the 角 (…元零伍分) or, by the People's Bank
            // rule, a zero 元位 (壹拾元零伍角). It needs a 元 before it and an amount after it.
            guard hasYuan, jiao != 0 || fen != 0, jiao == 0 || yuanDigitIsZero else { return nil }
        }
        if !hasYuan, jiao == 0, fen == 0 { return nil }
        return jiao * 10 + fen
    }
}

/// The integer part of a capital-numeral amount (the characters before 元), 1 ..< 10^16.
///
/// Mirrors the writer's structure: an optional 亿 section, an optional 万 section and a
/// four-digit group; each lower part may be introduced by 零. Values fit in `Int64`.
enum ChineseIntegerParser {
    static let units: [Character: Int] = ["拾": 1, "佰": 2, "仟": 3]
    static let powersOfTen: [Int64] = [1, 10, 100, 1000]
    static let ambiguousBeforeFinalDigit: Set<Character> = ["佰", "仟", "万", "亿"]

    static func parse(_ chars: [Character]) -> Int64? {
        guard !chars.isEmpty else { return nil }
        // 壹佰伍 / 壹万伍 are colloquial for 150 / 15,000; the standard form needs 零 or a unit.
        if chars.count >= 2, let last = chars.last, let digit = ChineseAmount.digits.firstIndex(of: last),
           digit > 0, ambiguousBeforeFinalDigit.contains(chars[chars.count - 2]) {
            return nil
        }
        let yi = chars.indices.filter { chars[$0] == "亿" }
        switch yi.count {
        case 0:
            return belowYi(chars[...], allowBareTen: true)
        case 1:
            guard let high = belowYi(chars[..<yi[0]], allowBareTen: true),
                  let low = remainder(chars[(yi[0] + 1)...], width: 8, highEndsInZero: high % 10 == 0)
            else { return nil }
            return high * 100_000_000 + low
        case 2:
            // Section reading: X万亿 Y亿 Z, where X万 counts units of 亿 like Y does.
            let first = chars[..<yi[0]]
            guard first.last == "万", let wan = belowYi(first, allowBareTen: true),
                  let middle = remainder(chars[(yi[0] + 1)..<yi[1]], width: 4, highEndsInZero: false),
                  middle > 0,
                  let low = remainder(chars[(yi[1] + 1)...], width: 8, highEndsInZero: middle % 10 == 0)
            else { return nil }
            return (wan + middle) * 100_000_000 + low
        default:
            return nil
        }
    }

    /// A positive number below 10^8: [group 万] group.
    static func belowYi(_ chars: ArraySlice<Character>, allowBareTen: Bool) -> Int64? {
        let wan = chars.indices.filter { chars[$0] == "万" }
        guard wan.count <= 1 else { return nil }
        guard let mark = wan.first else { return group(chars, allowBareTen: allowBareTen) }
        guard let high = group(chars[..<mark], allowBareTen: allowBareTen),
              let low = remainder(chars[(mark + 1)...], width: 4, highEndsInZero: high % 10 == 0)
        else { return nil }
        return high * 10_000 + low
    }

    /// The part after 万 (width 4) or 亿 (width 8): empty (0), or an optional 零 and a number.
    /// The 零 must stand for skipped digits, or follow a section ending in zero (PBOC rule).
    static func remainder(_ chars: ArraySlice<Character>, width: Int, highEndsInZero: Bool) -> Int64? {
        guard let first = chars.first else { return 0 }
        let body = first == "零" ? chars.dropFirst() : chars
        guard !body.isEmpty else { return nil }
        let value = width == 8 ? belowYi(body, allowBareTen: false) : group(body, allowBareTen: false)
        guard let value else { return nil }
        let skipsDigits = value < (width == 8 ? 10_000_000 : 1_000)
        if first == "零", !skipsDigits, !highEndsInZero { return nil }
        return value
    }

    /// A number 1...9999 written with 仟佰拾: units strictly decreasing, 零 only over a gap.
    static func group(_ chars: ArraySlice<Character>, allowBareTen: Bool) -> Int64? {
        var value: Int64 = 0
        var lastPosition = 4
        var afterZero = false
        var index = chars.startIndex
        while index < chars.endIndex {
            let char = chars[index]
            if char == "零" {
                guard lastPosition < 4, !afterZero else { return nil }
                afterZero = true
                index += 1
                continue
            }
            let digit: Int
            let position: Int
            if char == "拾", allowBareTen, index == chars.startIndex {
                (digit, position) = (1, 1)
                index += 1
            } else if let found = ChineseAmount.digits.firstIndex(of: char), found > 0 {
                digit = found
                let next = chars.index(after: index)
                if next < chars.endIndex, let unit = units[chars[next]] {
                    position = unit
                    index += 2
                } else {
                    position = 0
                    index += 1
                }
            } else {
                return nil
            }
            guard position < lastPosition, !afterZero || position < lastPosition - 1 else { return nil }
            value += Int64(digit) * powersOfTen[position]
            lastPosition = position
            afterZero = false
        }
        guard value > 0, !afterZero else { return nil }
        return value
    }
}
