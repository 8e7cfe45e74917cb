import Foundation
import Harness
import BidKitMoney

/// Amounts in English words ("One million eight hundred fifty-six thousand yuan only"): any text must
/// parse to a value or nil, never trap; a parsed value must print back to words that parse to it again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let (value, currency) = EnglishAmount.parse(text) {
        let words = EnglishAmount.words(value, currency: currency ?? "USD")
        guard let back = EnglishAmount.parse(words), back.amount == Money.round(value) else {
            fatalError("round trip: \(text.debugDescription) → \(value) → \(words)")
        }
    }
    return 0
}

// libFuzzer takes over from here (see Fuzz/Package.swift).
Harness.run(fuzz)
