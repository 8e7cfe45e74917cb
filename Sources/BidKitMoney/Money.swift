import Foundation
// Temporary stand-in until the BidKitMoney branch lands.
public enum Money {
    public static func round(_ value: Decimal, scale: Int = 2) -> Decimal {
        var v = value, r = Decimal()
        NSDecimalRound(&r, &v, scale, .plain)
        return r
    }
    public static func format(_ value: Decimal) -> String { "\(round(value))" }
    public static func parse(_ text: String) -> Decimal? { Decimal(string: text) }
    public static func percent(_ fraction: Decimal) -> String { "\(fraction * 100)%" }
}
public enum ChineseAmount {
    public static func words(_ amount: Decimal, prefix: String = "人民币") -> String { prefix }
    public static func parse(_ text: String) -> Decimal? { nil }
}
public enum EnglishAmount {
    public static func words(_ amount: Decimal, currency: String) -> String { currency }
    public static func parse(_ text: String) -> (amount: Decimal, currency: String?)? { nil }
}
