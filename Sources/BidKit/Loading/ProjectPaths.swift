import Foundation

/// Resolves project-relative paths and keeps them inside the project folder.
struct ProjectPaths: Sendable {
    let root: URL
    let displayRoot: String

    /// `relative` as written in `referrer` (a project-relative file); returns the project-relative path.
    /// Absolute paths and `..` that leave the project are errors at `location`.
    func confine(_ relative: String, from referrerDirectory: String = "", at location: SourceLocation) throws -> String {
        guard !relative.isEmpty else { throw LoadError(location, "empty path") }
        guard !relative.hasPrefix("/"), !relative.hasPrefix("~") else {
            throw LoadError(location, "absolute path '\(relative)' is not allowed; paths are relative to the project folder")
        }
        var parts: [Substring] = referrerDirectory.split(separator: "/")
        for component in relative.split(separator: "/") {
            switch component {
            case ".", "": continue
            case "..":
                guard !parts.isEmpty else {
                    throw LoadError(location, "path '\(relative)' escapes the project folder")
                }
                parts.removeLast()
            default: parts.append(component)
            }
        }
        guard !parts.isEmpty else { throw LoadError(location, "path '\(relative)' names the project folder itself") }
        return parts.joined(separator: "/")
    }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func display(_ relative: String) -> String {
        displayRoot.isEmpty || displayRoot == "." ? relative : "\(displayRoot)/\(relative)"
    }

    func exists(_ relative: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url(relative).path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// Reads a project file as UTF-8, with a located error when it is missing or unreadable.
    func readText(_ relative: String, referencedAt location: SourceLocation) throws -> String {
        guard exists(relative) else { throw LoadError(location, "file '\(relative)' not found (looked for \(display(relative)))") }
        do {
            return try String(contentsOf: url(relative), encoding: .utf8)
        } catch {
            throw LoadError(location, "cannot read '\(relative)' as UTF-8 text")
        }
    }
}
