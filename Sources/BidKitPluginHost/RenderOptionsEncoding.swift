/// Turns `--option key=value` pairs into the ABI's options string: `key=value` lines.
///
/// The line format has no escaping, so a key holding `=` or a newline, or a value holding a
/// newline, would arrive at the plugin as different options than the user gave. Those are
/// refused here instead of being passed on garbled. NUL would silently truncate the C
/// string, so it is refused too. Keys are sorted so a plugin sees the same bytes every run.
enum RenderOptionsEncoding {
    static func encode(_ options: [String: String]) -> Result<String, RenderOptionsError> {
        var lines: [String] = []
        for key in options.keys.sorted() {
            let value = options[key] ?? ""
            if key.isEmpty { return .failure(RenderOptionsError("option with an empty key")) }
            if key.contains(where: { $0 == "=" || $0.isNewline || $0 == "\0" }) {
                return .failure(RenderOptionsError("option key \(key.debugDescription) contains '=', a newline or NUL"))
            }
            if value.contains(where: { $0.isNewline || $0 == "\0" }) {
                return .failure(RenderOptionsError("value of option '\(key)' contains a newline or NUL"))
            }
            lines.append("\(key)=\(value)")
        }
        return .success(lines.map { $0 + "\n" }.joined())
    }
}

struct RenderOptionsError: Error, Sendable {
    let message: String
    init(_ message: String) { self.message = message }
}
