import Foundation

/// `build --verbose`: each pipeline step with how long it took, `[3/7] render docx: 812.4 ms`, printed
/// when the step ends (as `check --verbose` prints its steps). A class, so the closures that start
/// steps share one clock.
final class StepTimer {
    private let report: ((String) -> Void)?
    /// Known once the volumes are split; printed as the `n` of `[i/n]`.
    var total: Int
    private var step = 0
    private var current: (name: String, start: UInt64)?

    init(total: Int, report: ((String) -> Void)?) {
        self.total = total
        self.report = report
    }

    /// Ends the step running (printing it) and starts `name`.
    func start(_ name: String) {
        finish()
        step += 1
        current = (name, DispatchTime.now().uptimeNanoseconds)
    }

    func finish() {
        guard let (name, start) = current, let report else { return }
        current = nil
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        report(String(format: "[%d/%d] %@: %.1f ms", step, max(total, step), name, ms))
    }
}
