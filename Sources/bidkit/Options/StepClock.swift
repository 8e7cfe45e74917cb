import Foundation

/// `--verbose`: names each pipeline step and how long it took, on stderr (like Publish's `[i/n] step`).
struct StepClock {
    let enabled: Bool

    func step<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        guard enabled else { return try body() }
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        Terminal.error(String(format: "%@: %.1f ms", name, ms))
        return value
    }
}
