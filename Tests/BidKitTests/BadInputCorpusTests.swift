import BidKitTestSupport
import Foundation
import Testing

/// Runs every case of the bad-input corpus (`Tests/BadInputs/<case>/case.json`, format in
/// `Tests/BadInputs/README.md`) through the built `bidkit`, as a user would, and holds it to the
/// project's contract for unusable input: the documented exit status and message, no crash, no hang,
/// no half-written or temporary file, nothing read from outside the project, no raw control bytes.
@Suite("Bad-input corpus")
struct BadInputCorpusTests {
    static let corpusFolder = TestPaths.packageRoot + "/Tests/BadInputs"

    /// Case folder names, sorted; folders starting with `_` (shared bases) are not cases.
    static let caseNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpusFolder)) ?? []
        return names.filter { !$0.hasPrefix("_") && !$0.hasPrefix(".")
            && FileManager.default.fileExists(atPath: corpusFolder + "/" + $0 + "/case.json") }.sorted()
    }()

    /// The built bidkit, or `BIDKIT_CORPUS_EXECUTABLE` (to run the corpus against another build, e.g. an
    /// older commit, and see which cases it fails).
    static func executable() throws -> String {
        if let other = ProcessInfo.processInfo.environment["BIDKIT_CORPUS_EXECUTABLE"], !other.isEmpty { return other }
        return try CLI.executable()
    }

    @Test func theCorpusIsThere() {
        #expect(Self.caseNames.count >= 80, "only \(Self.caseNames.count) cases in \(Self.corpusFolder)")
    }

    @Test(arguments: caseNames)
    func badInput(_ name: String) throws {
        let spec = try CorpusCase.load(Self.corpusFolder + "/" + name)
        let sandbox = try CorpusSandbox(copying: Self.corpusFolder + "/" + name, spec: spec, corpus: Self.corpusFolder)
        defer { sandbox.remove() }
        let before = sandbox.files()
        let run = try CorpusRun.start(try Self.executable(), spec.args.map(sandbox.expand), in: sandbox.caseFolder,
                                      environment: spec.env.mapValues(sandbox.expand),
                                      dropPrivileges: CorpusSandbox.canDropPrivileges,
                                      timeout: spec.timeoutSeconds ?? 20)
        let stdout = run.stdout, stderr = run.stderr
        let context = "\(name): exit \(run.status)\n--- stderr\n\(stderr)--- stdout\n\(stdout.prefix(2000))"

        #expect(!run.timedOut, "\(name): no result within \(spec.timeoutSeconds ?? 20) s\n\(context)")
        #expect(!run.signalled, "\(name): killed by signal \(run.status)\n\(context)")
        #expect(run.status == spec.exit, "\(context)")
        for s in spec.stderr { #expect(stderr.contains(s), "\(name): stderr lacks \(s.debugDescription)\n\(context)") }
        for s in spec.stdout { #expect(stdout.contains(s), "\(name): stdout lacks \(s.debugDescription)\n\(context)") }
        for (stream, bytes) in [("stderr", run.stderrBytes), ("stdout", run.stdoutBytes)] {
            if let bad = bytes.firstIndex(where: { ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) || $0 == 0x7F }) {
                Issue.record("\(name): raw control byte 0x\(String(bytes[bad], radix: 16)) on \(stream) at byte \(bad)\n\(context)")
            }
        }

        let created = sandbox.files().subtracting(before)
        let stray = created.subtracting(spec.outputs).sorted()
        #expect(stray.isEmpty, "\(name): files left behind: \(stray)\n\(context)")
        for output in spec.outputs { #expect(created.contains(output), "\(name): expected output \(output) was not written\n\(context)") }

        var haystacks = [("stdout", stdout), ("stderr", stderr)]
        for file in created.sorted() { haystacks.append((file, try sandbox.text(of: file))) }
        for s in spec.absent {
            for (source, text) in haystacks where text.contains(s) {
                Issue.record("\(name): \(s.debugDescription) must not appear, found in \(source)\n\(context)")
            }
        }
        for (file, strings) in spec.contains {
            let text = try sandbox.text(of: file)
            for s in strings { #expect(text.contains(s), "\(name): \(file) lacks \(s.debugDescription)") }
        }
    }
}

/// `case.json`, decoded.
struct CorpusCase: Decodable {
    struct Replacement: Decodable {
        var old: String
        var new: String
    }

    var `class`: String
    var summary: String
    var args: [String]
    var exit: Int32
    var stderr: [String] = []
    var stdout: [String] = []
    var absent: [String] = []
    var outputs: [String] = []
    /// Output file (or `file.docx`, read entry by entry) → substrings it must contain.
    var contains: [String: [String]] = [:]
    var setup: String?
    var setupTarget: String?
    var setupBytes: Int?
    /// A base project from `Tests/BadInputs/_base/<name>/`, copied to `project/` before the case's own files.
    var base: String?
    /// Textual edits applied after copying: file (relative to the case folder) → replacements, each of which must match.
    var replace: [String: [Replacement]] = [:]
    var env: [String: String] = [:]
    var timeoutSeconds: Double?

    enum CodingKeys: String, CodingKey {
        case `class`, summary, args, exit, stderr, stdout, absent, outputs, contains, setup, setupTarget, setupBytes, base, replace, env,
             timeoutSeconds
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        `class` = try c.decode(String.self, forKey: .class)
        summary = try c.decode(String.self, forKey: .summary)
        args = try c.decode([String].self, forKey: .args)
        exit = try c.decode(Int32.self, forKey: .exit)
        stderr = try c.decodeIfPresent([String].self, forKey: .stderr) ?? []
        stdout = try c.decodeIfPresent([String].self, forKey: .stdout) ?? []
        absent = try c.decodeIfPresent([String].self, forKey: .absent) ?? []
        outputs = try c.decodeIfPresent([String].self, forKey: .outputs) ?? []
        contains = try c.decodeIfPresent([String: [String]].self, forKey: .contains) ?? [:]
        setup = try c.decodeIfPresent(String.self, forKey: .setup)
        setupTarget = try c.decodeIfPresent(String.self, forKey: .setupTarget)
        setupBytes = try c.decodeIfPresent(Int.self, forKey: .setupBytes)
        base = try c.decodeIfPresent(String.self, forKey: .base)
        replace = try c.decodeIfPresent([String: [Replacement]].self, forKey: .replace) ?? [:]
        env = try c.decodeIfPresent([String: String].self, forKey: .env) ?? [:]
        timeoutSeconds = try c.decodeIfPresent(Double.self, forKey: .timeoutSeconds)
    }

    static func load(_ folder: String) throws -> CorpusCase {
        try JSONDecoder().decode(CorpusCase.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/case.json")))
    }
}
