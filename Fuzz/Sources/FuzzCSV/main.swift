import Foundation
import Harness
import BidKit

/// The CSV price-list reader: decoding, RFC 4180 quoting, the header, every cell's number and the
/// value rules. Any bytes must give items or a load error; a trap or a hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    Harness.expectingLoadErrors {
        _ = try PriceListCSV.read(Array(UnsafeBufferPointer(start: data, count: size)), file: "prices.csv")
    }
    return 0
}

// libFuzzer takes over from here (see Fuzz/Package.swift).
Harness.run(fuzz)
