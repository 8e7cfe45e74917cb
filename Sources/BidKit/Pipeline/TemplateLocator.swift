import Foundation

/// Finds a bid template folder (`Templates/<name>/`: reference DOCX, HTML shell and CSS, skeleton).
/// Search order: `--template-path` dirs, `BIDKIT_TEMPLATE_PATH` (colon separated), the install
/// location `<exe dir>/../share/bidkit/templates`, then the source tree's `Templates/` found by
/// walking up from the executable (a `swift build` tree keeps it a few levels above `.build/…/debug`).
public struct TemplateLocator: Sendable {
    public let searchPath: [String]

    public init(explicit: [String] = [], environment: [String: String] = ProcessInfo.processInfo.environment,
                executableDirectory: String? = PluginSearchPath.executableDirectory) {
        var dirs = explicit
        dirs += (environment["BIDKIT_TEMPLATE_PATH"] ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        if let exe = executableDirectory {
            // `make install` puts them in PREFIX/share/bidkit/templates; earlier installs used Templates.
            dirs.append((exe as NSString).appendingPathComponent("../share/bidkit/templates"))
            dirs.append((exe as NSString).appendingPathComponent("../share/bidkit/Templates"))
            var dir = exe
            for _ in 0..<6 {
                dir = (dir as NSString).deletingLastPathComponent
                let candidate = (dir as NSString).appendingPathComponent("Templates")
                if FileManager.default.fileExists(atPath: (dir as NSString).appendingPathComponent("Package.swift")),
                   FileManager.default.fileExists(atPath: candidate) {
                    dirs.append(candidate)
                    break
                }
            }
        }
        searchPath = dirs.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
    }

    /// The first folder named `name` on the search path; nil for a name that is a path (see `isName`).
    public func folder(named name: String) -> String? {
        guard Self.isName(name) else { return nil }
        for dir in searchPath {
            let candidate = (dir as NSString).appendingPathComponent(name)
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDir), isDir.boolValue { return candidate }
        }
        return nil
    }

    /// A template is named by one folder name: no `/` or `\`, not `.`/`..`, not hidden, no control
    /// characters. Anything else would let a project point the renderers at any folder on the disk.
    public static func isName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.hasPrefix("~") && !name.contains("/") && !name.contains("\\")
            && !name.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// The folder names on the search path (each once, sorted): what `project.template` may name.
    public var names: [String] {
        var found: Set<String> = []
        for dir in searchPath {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [] where Self.isName(name) {
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: (dir as NSString).appendingPathComponent(name), isDirectory: &isDir), isDir.boolValue {
                    found.insert(name)
                }
            }
        }
        return found.sorted()
    }
}
