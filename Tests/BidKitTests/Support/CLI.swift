import BidKitTestSupport
import Foundation
import Testing

/// Runs the built `bidkit` executable, as a user would.
enum CLI {
    static func executable() throws -> String {
        switch TestPaths.product("bidkit") {
        case .success(let path): return path
        case .failure(let error): throw error
        }
    }

    @discardableResult
    static func run(_ arguments: [String], environment: [String: String] = [:], executable: String? = nil) throws -> Subprocess.Outcome {
        // Colour and the user's own plugin path must not leak into assertions.
        var env = ["NO_COLOR": "1", "BIDKIT_PLUGIN_PATH": ""]
        env.merge(environment) { _, new in new }
        return try Subprocess.run([try executable ?? Self.executable()] + arguments, environment: env, timeout: 120)
    }
}
