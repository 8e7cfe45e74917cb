import Foundation

/// Writes an import into a folder without ever overwriting what a person edited: the requirements
/// file is replaced only when it is new, unchanged, or exactly what the previous import wrote (its
/// fingerprint is in the import record); otherwise the draft goes beside it as
/// `<name>.draft.yaml`, and the result says so. The import record itself is BidKit's and is rewritten.
public enum TenderFiles {
    public static let recordName = "tender-import.yaml"

    public enum Outcome: Equatable, Sendable {
        case written(String)
        case unchanged(String)
        /// The file at `kept` was edited since the last import; the draft went to `draft`.
        case draftBeside(kept: String, draft: String)
    }

    /// `verify` (for `--into PROJECT`: the project still loads) runs after the requirements file is
    /// replaced; when it throws, the file gets its old text back and the draft goes beside it.
    public static func write(_ result: TenderImport, sourceName: String, into folder: String,
                             requirementsFile: String = "requirements.yaml", verify: (() throws -> Void)? = nil) throws -> [Outcome] {
        let dir = URL(fileURLWithPath: folder)
        let text = TenderYAML.requirementsText(result, sourceName: sourceName)
        let target = dir.appendingPathComponent(requirementsFile)
        let display = (folder as NSString).appendingPathComponent(requirementsFile)
        var outcomes: [Outcome] = []
        var fingerprint = RequirementIDs.fingerprint(text)
        if let existing = try? String(contentsOf: target, encoding: .utf8) {
            if existing == text {
                outcomes.append(.unchanged(display))
            } else if previousFingerprint(in: dir, for: requirementsFile) == RequirementIDs.fingerprint(existing),
                      (try? replace(target, with: text, old: existing, verify: verify)) != nil {
                outcomes.append(.written(display))
            } else {
                let draftName = (requirementsFile as NSString).deletingPathExtension + ".draft.yaml"
                try AtomicFile.write(Array(text.utf8), to: dir.appendingPathComponent(draftName))
                outcomes.append(.draftBeside(kept: display, draft: (folder as NSString).appendingPathComponent(draftName)))
                // The kept file is the user's; the record remembers what the import would have written.
                fingerprint = previousFingerprint(in: dir, for: requirementsFile) ?? ""
            }
        } else {
            try AtomicFile.write(Array(text.utf8), to: target)
            outcomes.append(.written(display))
        }
        let record = TenderYAML.recordText(result, sourceName: sourceName, generated: [(requirementsFile, fingerprint)])
        try AtomicFile.write(Array(record.utf8), to: dir.appendingPathComponent(recordName))
        outcomes.append(.written((folder as NSString).appendingPathComponent(recordName)))
        return outcomes
    }

    /// Replaces the file, and puts the old text back when the project does not load with the new one.
    private static func replace(_ target: URL, with text: String, old: String, verify: (() throws -> Void)?) throws {
        try AtomicFile.write(Array(text.utf8), to: target)
        do { try verify?() } catch {
            try AtomicFile.write(Array(old.utf8), to: target)
            throw error
        }
    }

    /// The fingerprint the last import recorded for `file`, read from the record's `generated:` block.
    static func previousFingerprint(in dir: URL, for file: String) -> String? {
        guard let record = try? String(contentsOf: dir.appendingPathComponent(recordName), encoding: .utf8),
              let range = record.range(of: "\ngenerated:\n") else { return nil }
        for line in record[range.upperBound...].split(separator: "\n") {
            let parts = line.trimmingCharacters(in: .whitespaces).split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0].trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) == file {
                return parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
            }
        }
        return nil
    }
}

extension RequirementIDs {
    /// FNV-1a 64 of a whole file: tells "what the import wrote" from "edited since", nothing more.
    static func fingerprint(_ s: String) -> String {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return String(format: "%016llx", h)
    }
}
