import Foundation

/// Runs a command and captures its combined output in a file, not a pipe: a pipe fills up
/// at 64 KiB and the child blocks writing while the test blocks waiting, which is exactly
/// how a verbose `swift build` would hang the suite.
enum Subprocess {
    struct Outcome {
        let status: Int32
        let output: String
        let timedOut: Bool
    }

    static func run(_ arguments: [String], in directory: String? = nil, timeout: TimeInterval) throws -> Outcome {
        let logURL = FileManager.default.temporaryDirectory.appendingPathComponent("bidkit-subprocess-\(UUID().uuidString).log")
        guard FileManager.default.createFile(atPath: logURL.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: logURL.path])
        }
        defer { try? FileManager.default.removeItem(at: logURL) }
        let log = try FileHandle(forWritingTo: logURL)
        defer { try? log.close() }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        try process.run()

        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                timedOut = true
                process.terminate()
                break
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        process.waitUntilExit()
        let output = (try? String(contentsOf: logURL, encoding: .utf8)) ?? ""
        return Outcome(status: process.terminationStatus, output: output, timedOut: timedOut)
    }
}
