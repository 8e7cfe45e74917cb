import Foundation
import Harness
import BidKitMoney

/// Amounts in Chinese capital numerals (人民币壹佰捌拾伍万陆仟元整) as the checker reads them from a bid:
/// any text must parse to a value or nil, never trap; a parsed value must print back to words that
/// parse to the same value (the checker compares figures with words through these two functions).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let value = ChineseAmount.parse(text) {
        let words = ChineseAmount.words(value)
        guard ChineseAmount.parse(words) == Money.round(value) else {
            fatalError("round trip: \(text.debugDescription) → \(value) → \(words)")
        }
    }
    return 0
}

// libFuzzer takes over from here (see Fuzz/Package.swift).
Harness.run(fuzz)
