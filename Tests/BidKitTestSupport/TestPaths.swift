import Foundation

/// Locations the tests need: the package root (from this file's path) and the build
/// products directory, where `swift build` puts `libBidKitTextRenderer.so`.
public enum TestPaths {
    /// `<root>/Tests/BidKitTestSupport/TestPaths.swift` → `<root>`.
    public static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// Where the test binary runs from (the products directory under `swift test`), then
    /// `<root>/.build/debug` for runners that put the test bundle elsewhere.
    public static var productDirectories: [String] {
        var dirs: [String] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            dirs.append((exe as NSString).deletingLastPathComponent)
        }
        dirs.append(packageRoot + "/.build/debug")
        return dirs
    }

    /// The first products directory holding `fileName`, or a message saying where it looked.
    public static func product(_ fileName: String) -> Result<String, LookupError> {
        for dir in productDirectories {
            let path = dir + "/" + fileName
            if FileManager.default.fileExists(atPath: path) { return .success(path) }
        }
        return .failure(LookupError(message:
            "\(fileName) not found in \(productDirectories.joined(separator: " or ")); run `swift build` before `swift test`"))
    }

    public struct LookupError: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }
}

/// A fresh directory under the system temp dir, removed when the test is done with it.
public final class TemporaryDirectory {
    public let path: String

    public init() throws {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("bidkit-host-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        path = url.path
    }

    public func subdirectory(_ name: String) throws -> String {
        let dir = path + "/" + name
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
