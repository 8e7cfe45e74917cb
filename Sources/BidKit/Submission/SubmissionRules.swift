import Foundation

/// bid.yaml `submission:`: what the e-bidding platform takes, checked against the files a build
/// writes (`SubmissionCheck`):
///
/// ```yaml
/// submission:
///   formats: [pdf]              # formats the platform accepts
///   max_file_size: 10MB         # per file: bytes, or a number with KB / MB (1024-based)
///   file_name: "*.pdf"          # pattern every submitted file name must match (* and ? wildcards)
/// ```
public struct SubmissionRules: Sendable, Hashable {
    public var formats: [String]
    public var maxFileSize: Int?
    public var fileNamePattern: String?

    static func read(_ value: YAMLValue) throws -> SubmissionRules {
        let m = try value.mapping(keys: ["formats", "max_file_size", "file_name"])
        var rules = SubmissionRules(formats: try m["formats"]?.list().map { try $0.nonEmptyString() } ?? ["pdf"])
        if let size = m["max_file_size"] {
            guard let bytes = parseSize(try size.nonEmptyString()) else {
                throw size.error("expected a size such as 10MB, 512KB or 1048576 for 'submission.max_file_size'")
            }
            rules.maxFileSize = bytes
        }
        rules.fileNamePattern = try m.optionalString("file_name")
        return rules
    }

    /// "10MB" → 10 485 760; "512 KB", "1048576"; nil for anything else (or over 1 TB).
    static func parseSize(_ text: String) -> Int? {
        let t = text.uppercased().replacingOccurrences(of: " ", with: "")
        let units: [(String, Int)] = [("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10), ("B", 1), ("", 1)]
        for (suffix, factor) in units where t.hasSuffix(suffix) {
            guard let n = Int(t.dropLast(suffix.count)), n > 0, n <= (1 << 40) / factor else { return nil }
            return n * factor
        }
        return nil
    }

    /// Whole-name match with `*` (any run) and `?` (one character).
    static func matches(_ name: String, pattern: String) -> Bool {
        let n = Array(name), p = Array(pattern)
        var memo: [Int: Bool] = [:]
        func go(_ i: Int, _ j: Int) -> Bool {
            let key = i * (p.count + 1) + j
            if let known = memo[key] { return known }
            let r: Bool
            if j == p.count { r = i == n.count } else if p[j] == "*" { r = go(i, j + 1) || (i < n.count && go(i + 1, j)) } else {
                r = i < n.count && (p[j] == "?" || p[j] == n[i]) && go(i + 1, j + 1)
            }
            memo[key] = r
            return r
        }
        return go(0, 0)
    }
}

/// The written files against `submission:`: a file over the size limit or with a name the platform
/// refuses is an error (the build exits 1), with the size.
public enum SubmissionCheck {
    public static func problems(_ rules: SubmissionRules, files: [String]) -> [String] {
        var out: [String] = []
        for path in files {
            let name = (path as NSString).lastPathComponent
            let ext = (name as NSString).pathExtension.lowercased()
            guard rules.formats.contains(ext) else { continue }
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
            if let max = rules.maxFileSize, let size, size > max {
                out.append("\(path) is \(describe(size)), over the platform's limit of \(describe(max)) (submission.max_file_size)")
            }
            if let pattern = rules.fileNamePattern, !SubmissionRules.matches(name, pattern: pattern) {
                out.append("\(path): file name does not match the platform's pattern '\(pattern)' (submission.file_name)")
            }
        }
        return out
    }

    static func describe(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? String(format: "%.1f MB (%d bytes)", Double(bytes) / Double(1 << 20), bytes) : "\(bytes) bytes"
    }
}
