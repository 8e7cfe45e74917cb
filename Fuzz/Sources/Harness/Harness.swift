import BidKit
import BidKitOOXML
import Foundation
import LibFuzzerDriver

/// What every fuzz target shares: handing control to libFuzzer, and the oracle for readers of
/// project input (a load error is the right answer to bad input; any other error is a finding).
public enum Harness {
    /// Runs libFuzzer with `callback` as the per-input function; call from the target's top-level code.
    public static func run(_ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, callback))
    }

    /// Runs `body`; `LoadError`/`LoadErrors` are expected, anything else traps (a finding).
    public static func expectingLoadErrors(_ body: () throws -> Void) {
        do {
            try body()
        } catch is LoadError {
        } catch is LoadErrors {
        } catch {
            fatalError("not a load error: \(type(of: error)): \(error)")
        }
    }

    /// `input` as a package: as it is, or, when its first byte is 1…`parts.count`, the rest as that part's
    /// XML zipped with `base` (the part replaced or added) by BidKitOOXML's writer, so mutations reach
    /// the XML readers instead of dying at the zip's CRC check. Shared by the .docx targets.
    public static func package(_ input: [UInt8], parts: [String], base: [(String, String)]) -> [UInt8] {
        guard let mode = input.first, (1...parts.count).contains(Int(mode)) else { return input }
        let part = parts[Int(mode) - 1]
        var entries = base.filter { $0.0 != part }.map { ZipWriter.Entry(name: $0.0, data: Array($0.1.utf8)) }
        entries.append(ZipWriter.Entry(name: part, data: Array(input.dropFirst())))
        return (try? ZipWriter.write(entries)) ?? input
    }
}
