import BidKitTestSupport

/// The built `bidkit`, run as a user runs it (no colour, no plugin path from the environment).
enum CLI {
    static func run(_ arguments: [String]) throws -> Subprocess.Outcome {
        let exe: String
        switch TestPaths.product("bidkit") {
        case .success(let path): exe = path
        case .failure(let error): throw error
        }
        return try Subprocess.run([exe] + arguments, environment: ["NO_COLOR": "1", "BIDKIT_PLUGIN_PATH": ""], timeout: 120)
    }
}
