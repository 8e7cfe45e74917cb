import Foundation

/// Runs a command with stdout and stderr captured in files, not pipes: a pipe fills up at 64 KiB
/// and the child blocks writing while the test blocks waiting, which is exactly how a verbose
/// `swift build` would hang the suite.
public enum Subprocess {
    public struct Outcome: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
        public let timedOut: Bool
        /// Killed by a signal (other than the timeout's); `status` is then the signal number.
        public let signalled: Bool
        /// The streams as bytes, for tests that must see what a terminal would receive.
        public let stdoutBytes: [UInt8]
        public let stderrBytes: [UInt8]
        /// Both streams, stdout first.
        public var output: String { stdout + stderr }
    }

    /// `arguments[0]` is found on PATH (through /usr/bin/env) unless it is a path.
    public static func run(_ arguments: [String], in directory: String? = nil, environment: [String: String] = [:],
                           timeout: TimeInterval) throws -> Outcome {
        let tmp = FileManager.default.temporaryDirectory
        let outURL = tmp.appendingPathComponent("bidkit-subprocess-\(UUID().uuidString).out")
        let errURL = tmp.appendingPathComponent("bidkit-subprocess-\(UUID().uuidString).err")
        for url in [outURL, errURL] where !FileManager.default.createFile(atPath: url.path, contents: nil) {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer {
            try? out.close()
            try? err.close()
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        try process.run()

        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                timedOut = true
                // SIGKILL, not terminate()'s SIGTERM: a child started from a test thread inherits
                // that thread's signal mask, in which SIGTERM is blocked, and would run on.
                kill(process.processIdentifier, SIGKILL)
                break
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        process.waitUntilExit()
        let outBytes = [UInt8]((try? Data(contentsOf: outURL)) ?? Data())
        let errBytes = [UInt8]((try? Data(contentsOf: errURL)) ?? Data())
        return Outcome(status: process.terminationStatus,
                       stdout: String(decoding: outBytes, as: UTF8.self), stderr: String(decoding: errBytes, as: UTF8.self),
                       timedOut: timedOut, signalled: process.terminationReason == .uncaughtSignal && !timedOut,
                       stdoutBytes: outBytes, stderrBytes: errBytes)
    }
}
