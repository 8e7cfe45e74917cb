import Foundation

/// qpdf as a process: the PDF engine that copies pages between files (`--pages`), turns a page
/// into a form XObject with its resources and rotation (`--overlay`), shows and updates objects
/// through its JSON form (`--json`, `--update-from-json`) and writes the result with every
/// cross-reference right. BidKit edits PDF structure only through it.
public struct QPDF: Sendable {
    public var timeout: TimeInterval = 120
    let environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// Runs `qpdf arguments…` (absolute paths inside `work`) and returns its standard output.
    /// Warnings (qpdf repairs what it can of a damaged file and says so) are accepted; an error
    /// throws with qpdf's own first line.
    @discardableResult
    public func run(_ arguments: [String], in work: PrivateFolder, outputLimit: Int = 4 << 20) throws -> String {
        let tool = try ExternalTool.qpdf.locate(environment: environment).get()
        let env = ["HOME": work.path, "TMPDIR": work.path, "LANG": "C.UTF-8", "PATH": environment["PATH"] ?? "/usr/bin:/bin"]
        let outcome = try ChildProcess.run(tool, ["--warning-exit-0"] + arguments, environment: env, in: work.path,
                                           timeout: timeout, outputLimit: outputLimit)
        guard outcome.succeeded else {
            if outcome.timedOut { throw ChildProcessError("qpdf did not finish within \(Int(timeout)) s") }
            let said = outcome.stderr.split(separator: "\n").first.map { String($0) } ?? "exit status \(outcome.status)"
            throw ChildProcessError("qpdf: " + said.replacingOccurrences(of: work.path + "/", with: ""))
        }
        return outcome.stdout
    }

    /// The page count of the PDF at `path`.
    public func pageCount(of path: String, in work: PrivateFolder) throws -> Int {
        let text = try run(["--show-npages", path], in: work).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let count = Int(text), count > 0 else { throw ChildProcessError("qpdf --show-npages printed '\(text.prefix(80))'") }
        return count
    }

    /// Every page (in order) and object of the PDF at `path`, from `qpdf --json` (version 2).
    public func objects(of path: String, in work: PrivateFolder) throws -> PDFObjects {
        let text = try run(["--json=2", "--json-key=pages", "--json-key=qpdf", path], in: work, outputLimit: 512 << 20)
        guard let root = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
              let pages = root["pages"] as? [[String: Any]], let qpdf = root["qpdf"] as? [Any], qpdf.count == 2,
              let header = qpdf[0] as? [String: Any], let objects = qpdf[1] as? [String: Any] else {
            throw ChildProcessError("qpdf --json gave an unexpected shape")
        }
        return PDFObjects(pages: pages.compactMap { $0["object"] as? String }, maxObjectID: (header["maxobjectid"] as? NSNumber)?.intValue ?? 0,
                          objects: objects)
    }
}

/// A PDF's objects as qpdf's JSON shows them: names as "/Key" strings, references as "12 0 R",
/// numbers as numbers; a stream's dictionary under "stream"/"dict".
public struct PDFObjects {
    /// Each page's object reference ("12 0 R"), in page order.
    public let pages: [String]
    public let maxObjectID: Int
    let objects: [String: Any]

    /// `value`, or the object it refers to (a stream stands for its dictionary).
    public func resolve(_ value: Any?) -> Any? {
        guard let ref = value as? String, ref.hasSuffix(" R"), let object = objects["obj:" + ref] as? [String: Any] else { return value }
        if let stream = object["stream"] as? [String: Any] { return stream["dict"] }
        return object["value"]
    }

    public func dictionary(_ value: Any?) -> [String: Any]? { resolve(value) as? [String: Any] }

    public func numbers(_ value: Any?) -> [Double]? {
        (resolve(value) as? [Any])?.map { (resolve($0) as? NSNumber)?.doubleValue ?? .nan }
    }

    /// The JSON `qpdf --update-from-json` takes: each object given by its reference is replaced.
    public func update(replacing replacements: [String: Any]) throws -> Data {
        let header: [String: Any] = ["jsonversion": 2, "pushedinheritedpageresources": false, "calledgetallpages": false,
                                     "maxobjectid": maxObjectID]
        var body: [String: Any] = [:]
        for (ref, value) in replacements { body["obj:" + ref] = value }
        return try JSONSerialization.data(withJSONObject: ["qpdf": [header, body]], options: [.sortedKeys])
    }
}
