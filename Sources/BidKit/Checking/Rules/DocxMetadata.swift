import BidKitDocxReader
import Foundation

/// Document metadata hygiene: the core and app properties of the Word files that make up or shape
/// the bid carry the bidder (or its signatories), not a template author or another company.
/// Evaluators look at File ▸ Properties; two bids naming the same author are treated as collusion.
/// Checked: the project's reference DOCX (warning: it travels between teams and may be copied) and
/// every rendered DOCX given with `bidkit check --rendered FILE` (error: that is what is submitted).
struct DocxMetadata: Rule {
    static let id = "docx-metadata"
    static let severity = Finding.Severity.error
    static let description = "DOCX properties name the bidder, not a template author or another company."

    static let triggering: [RuleExample] = [
        RuleExample(.zh, "the reference DOCX still names the template's author", edits: [
            .replace(file: "bid.yaml", old: "  date: 2026-12-08\n", new: "  date: 2026-12-08\n  reference_docx: styles/reference.docx\n"),
            .copy(from: "Samples/defects/docx-metadata/styles/reference.docx", to: "styles/reference.docx"),
        ]),
    ]
    static let nonTriggering: [RuleExample] = [
        .letter("本投标文件采用招标人提供的格式编制。"),
    ]

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        let p = bid.project
        let ours = Set([p.bidder.name, p.bidder.legalRepresentative, p.bidder.authorizedAgent ?? "", p.bidder.contact?.name ?? ""]
            .filter { !$0.isEmpty })
        var files: [(path: String, display: String, severity: Finding.Severity)] = []
        if let reference = p.info.referenceDocx {
            files.append((p.root.appendingPathComponent(reference).path, p.display(reference), .warning))
        }
        // A blind technical volume must not name the bidder at all: blind-technical checks those files.
        if !p.tender.blindTechnical { files += context.renderedFiles.filter { $0.lowercased().hasSuffix(".docx") }.map { ($0, $0, Self.severity) } }
        var findings: [Finding] = []
        for file in files {
            let at = SourceLocation(file: file.display)
            guard let data = FileManager.default.contents(atPath: file.path) else {
                findings.append(finding(Say.unreadable(file.display), severity: file.severity, at: at))
                continue
            }
            do {
                let properties = try DocxProperties(bytes: [UInt8](data), file: file.display)
                for (name, value) in properties.named where !ours.contains(value) {
                    findings.append(finding(Say.foreignProperty(name, value, bidder: p.bidder.name),
                                            severity: file.severity, at: at))
                }
            } catch {
                findings.append(finding(Say.unreadableProperties("\(error)"), severity: file.severity, at: at))
            }
        }
        return findings
    }
}

extension DocxMetadata {
    enum Say {
        static func unreadable(_ file: String) -> Wording {
            Wording("unreadable", zh: "无法读取“\(file)”", en: "cannot read '\(file)'")
        }

        static func foreignProperty(_ name: String, _ value: String, bidder: String) -> Wording {
            Wording("foreign-property", zh: "文档属性 \(name) 为“\(value)”，不是投标人“\(bidder)”或其签字人",
                    en: "document property \(name) is '\(value)', not the bidder '\(bidder)' or its signatories")
        }

        /// `reason`: the reader's error, as it states it (English).
        static func unreadableProperties(_ reason: String) -> Wording {
            Wording("unreadable-properties", zh: "无法读取文档属性：“\(reason)”", en: "cannot read the document properties: '\(reason)'")
        }
    }
}
