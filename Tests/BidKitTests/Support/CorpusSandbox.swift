import BidKitTestSupport
import Foundation

/// A fresh temporary copy of one corpus case (symlinks kept as links), with its named setup done.
/// Layout: `<tmp>/case/` is the case (`{case}` in arguments), `<tmp>/outside/` holds what setups
/// place outside the case, so a project that reads it has read outside its folder.
struct CorpusSandbox {
    /// The text outside files hold; a case lists it under `absent`.
    static let secretMarker = "OUTSIDE-SECRET-7Q2X"

    let top: String
    let caseFolder: String
    let outside: String

    init(copying source: String, spec: CorpusCase, corpus: String) throws {
        top = FileManager.default.temporaryDirectory.appendingPathComponent("bidkit-corpus-\(UUID().uuidString)").path
        caseFolder = top + "/case"
        outside = top + "/outside"
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        if let base = spec.base {
            try FileManager.default.createDirectory(atPath: caseFolder, withIntermediateDirectories: true)
            try Self.copy(corpus + "/_base/" + base, to: caseFolder + "/project")
            try Self.copy(source + "/.", to: caseFolder)
        } else {
            try Self.copy(source, to: caseFolder)
        }
        for (file, edits) in spec.replace {
            let path = caseFolder + "/" + file
            var text = try String(contentsOfFile: path, encoding: .utf8)
            for edit in edits {
                guard text.contains(edit.old) else { throw SetupError("replace: \(file) does not contain \(edit.old.debugDescription)") }
                text = text.replacingOccurrences(of: edit.old, with: edit.new)
            }
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }
        if let setup = spec.setup { try perform(setup, target: spec.setupTarget, bytes: spec.setupBytes) }
    }

    /// `{case}` → the case folder, `{outside}` → the folder outside it.
    func expand(_ text: String) -> String {
        text.replacingOccurrences(of: "{case}", with: caseFolder).replacingOccurrences(of: "{outside}", with: outside)
    }

    /// The named setups: things git cannot store portably (modes, links out of the checkout, FIFOs, big files).
    private func perform(_ setup: String, target: String?, bytes: Int?) throws {
        let fm = FileManager.default
        func path(_ fallback: String) -> String { caseFolder + "/" + (target ?? fallback) }
        func secretFile(_ name: String) throws -> String {
            let file = outside + "/" + name
            try Data("\(Self.secretMarker) — this file is outside the project\n".utf8).write(to: URL(fileURLWithPath: file))
            return file
        }
        switch setup {
        case "unreadable-file":
            try Self.shell(["chmod", "000", path("project/prices.csv")])
        case "unreadable-dir":
            try Self.shell(["chmod", "000", path("project/sections")])
        case "readonly-out":
            try fm.createDirectory(atPath: path("out"), withIntermediateDirectories: true)
            try Self.shell(["chmod", "555", path("out")])
        case "symlink-outside":
            let link = path("project/sections/x.md")
            try fm.createDirectory(atPath: (link as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try? fm.removeItem(atPath: link)
            try fm.createSymbolicLink(atPath: link, withDestinationPath: try secretFile((link as NSString).lastPathComponent))
        case "symlink-dir-outside":
            let dir = outside + "/linked"
            try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
            for name in ["x.md", "x.csv", "x.yaml"] {
                try Data("\(Self.secretMarker)\n".utf8).write(to: URL(fileURLWithPath: dir + "/" + name))
            }
            // A PNG signature followed by the marker: an image that would be embedded if read.
            try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(Self.secretMarker.utf8)).write(to: URL(fileURLWithPath: dir + "/x.png"))
            try fm.createSymbolicLink(atPath: path("project/sections/linked"), withDestinationPath: dir)
        case "symlink-root-outside":
            // The project folder is a link to a real folder elsewhere: allowed, its files are its own.
            try fm.moveItem(atPath: caseFolder + "/project", toPath: outside + "/project")
            try fm.createSymbolicLink(atPath: caseFolder + "/project", withDestinationPath: outside + "/project")
        case "symlink-loop":
            let link = path("project/sections/x.md")
            try? fm.removeItem(atPath: link)
            try fm.createSymbolicLink(atPath: link, withDestinationPath: (link as NSString).lastPathComponent)
        case "fifo":
            let file = path("project/prices.csv")
            try? fm.removeItem(atPath: file)
            try Self.shell(["mkfifo", file])
        case "big-file":
            let file = path("project/prices.csv")
            guard fm.createFile(atPath: file, contents: nil), let handle = FileHandle(forWritingAtPath: file) else {
                throw SetupError("cannot create \(file)")
            }
            let chunk = Data(repeating: UInt8(ascii: "a"), count: 1 << 20)
            var left = bytes ?? (64 << 20)
            while left > 0 {
                handle.write(chunk.prefix(left))
                left -= chunk.count
            }
            try handle.close()
        default:
            throw SetupError("unknown setup '\(setup)' (see Tests/BadInputs/README.md)")
        }
    }

    /// Every file and link under the case folder, relative to it (folders themselves left out).
    func files() -> Set<String> {
        var out: Set<String> = []
        guard let walker = FileManager.default.enumerator(atPath: caseFolder) else { return out }
        while let relative = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = caseFolder + "/" + relative
            let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: full)) != nil
            if isLink || (FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) && !isDirectory.boolValue) {
                out.insert(relative)
            }
        }
        return out
    }

    /// A written file's text; a zip package (.docx, .xlsx) is read entry by entry (`unzip -p`),
    /// so XML parts are searched, not compressed bytes.
    func text(of relative: String) throws -> String {
        let path = caseFolder + "/" + relative
        let data = (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            let r = try Subprocess.run(["unzip", "-p", path], timeout: 60)
            return r.stdout
        }
        return String(decoding: data, as: UTF8.self)
    }

    func remove() {
        // Setups take permissions away; give them back so the folder can be removed.
        try? Self.shell(["chmod", "-R", "u+rwx", top])
        try? FileManager.default.removeItem(atPath: top)
    }

    /// Root reads anything whatever its mode; without CAP_DAC_OVERRIDE it meets permissions as a user does.
    static let canDropPrivileges: Bool = geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    private static func copy(_ source: String, to destination: String) throws {
        try shell(["cp", "-a", source, destination])
    }

    private static func shell(_ arguments: [String]) throws {
        let r = try Subprocess.run(arguments, timeout: 60)
        guard r.status == 0 else { throw SetupError("\(arguments.joined(separator: " ")) failed: \(r.output)") }
    }

    struct SetupError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}

/// One bidkit run with the environment the corpus fixes, through `setpriv` when running as root.
enum CorpusRun {
    static func start(_ executable: String, _ arguments: [String], in directory: String, environment: [String: String],
                      dropPrivileges: Bool, timeout: Double) throws -> Subprocess.Outcome {
        var env = ["NO_COLOR": "1", "BIDKIT_PLUGIN_PATH": "", "BIDKIT_TEMPLATE_PATH": ""]
        env.merge(environment) { _, new in new }
        let command = (dropPrivileges ? ["/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search"] : []) + [executable] + arguments
        return try Subprocess.run(command, in: directory, environment: env, timeout: timeout)
    }
}
