import BidKit
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
}
