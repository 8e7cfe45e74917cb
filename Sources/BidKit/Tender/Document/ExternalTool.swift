import Foundation

/// Runs an external program (poppler's pdftotext) as a child process with a time limit and a cap on
/// what it may print: the engine is a real, well-kept one, but the file it reads is hostile, so a
/// crafted PDF can neither hang the import nor fill the memory.
struct ExternalTool {
    var name: String
    /// How to get it, for the message when it is missing.
    var install: String
    var timeLimit: TimeInterval = 60
    var maxOutput = 64 << 20

    /// The program's path on PATH, or nil.
    func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        for dir in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Standard output of `name arguments…`; throws on a missing program, a timeout, too much
    /// output or a non-zero exit (with the program's first line of stderr).
    func run(_ arguments: [String]) throws -> Data {
        guard let path = locate() else {
            throw Failure(description: "\(name) is not installed; install it with: \(install)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let collected = Collected()
        out.fileHandleForReading.readabilityHandler = { handle in collected.append(handle.availableData, limit: maxOutput) }
        err.fileHandleForReading.readabilityHandler = { handle in collected.appendError(handle.availableData) }
        do { try process.run() } catch { throw Failure(description: "cannot start \(path): \(error.localizedDescription)") }
        let deadline = Date().addingTimeInterval(timeLimit)
        while process.isRunning {
            if Date() > deadline || collected.overflowed {
                // SIGKILL: a converter stuck on a crafted file may ignore SIGTERM.
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                out.fileHandleForReading.readabilityHandler = nil
                err.fileHandleForReading.readabilityHandler = nil
                throw Failure(description: collected.overflowed
                              ? "\(name) printed more than \(maxOutput >> 20) MiB; the file is not read"
                              : "\(name) did not finish within \(Int(timeLimit)) s; the file is not read")
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        out.fileHandleForReading.readabilityHandler = nil
        err.fileHandleForReading.readabilityHandler = nil
        collected.append(out.fileHandleForReading.readDataToEndOfFile(), limit: maxOutput)
        collected.appendError(err.fileHandleForReading.readDataToEndOfFile())
        guard process.terminationStatus == 0 else {
            let first = String(decoding: collected.error.prefix(400), as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            throw Failure(description: "\(name) failed (exit \(process.terminationStatus))\(first.isEmpty ? "" : ": " + Self.printable(first))")
        }
        guard !collected.overflowed else { throw Failure(description: "\(name) printed more than \(maxOutput >> 20) MiB; the file is not read") }
        return collected.output
    }

    /// Control characters from a child's message are never echoed to the terminal.
    static func printable(_ s: String) -> String {
        String(s.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init))
    }
}

/// Output gathered from the pipe handlers' thread.
private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var out = Data(), err = Data()
    private var overflow = false

    func append(_ data: Data, limit: Int) {
        lock.lock(); defer { lock.unlock() }
        if out.count + data.count > limit { overflow = true } else { out.append(data) }
    }

    func appendError(_ data: Data) {
        lock.lock(); defer { lock.unlock() }
        if err.count < 4096 { err.append(data.prefix(4096 - err.count)) }
    }

    var output: Data { lock.lock(); defer { lock.unlock() }; return out }
    var error: Data { lock.lock(); defer { lock.unlock() }; return err }
    var overflowed: Bool { lock.lock(); defer { lock.unlock() }; return overflow }
}
