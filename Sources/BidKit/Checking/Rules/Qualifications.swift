import Foundation

/// Every required qualification is evidenced by a certificate with a number and an attachment that
/// exists, valid on the submission deadline (else the bid fails qualification) and through the bid's
/// validity period (else the award can fail later: a warning), and whose scope holds every phrase the
/// requirement's `scope_must_include:` lists (an ISO 9001 certificate for "软件开发" does not cover
/// "视频监控系统集成").
struct Qualifications: Rule {
    static let id = "qualifications"
    static let severity = Finding.Severity.error
    static let description = "Required qualifications are listed, attached and valid on the deadline."

    static let triggering: [RuleExample] = [
        .replacing("  - {id: T-01,", with: "  - {id: Q-01, kind: qualification, text: 具有有效的 ISO 9001 认证证书, mandatory: true}\n  - {id: T-01,", in: "requirements.yaml"),
        RuleExample(.zh, "a certificate that expires before the deadline", edits: certificate(expires: "2026-11-30")),
        RuleExample(.zh, "a certificate that lapses inside the bid validity", edits: certificate(expires: "2027-01-31")),
        RuleExample(.zh, "a scope without the required phrase", edits: certificate(expires: "2028-06-30", scope: "软件开发", mustInclude: "视频监控")),
    ]
    static let nonTriggering: [RuleExample] = [
        RuleExample(.zh, "a certificate valid through the bid validity", edits: certificate(expires: "2028-06-30")),
        RuleExample(.zh, "a scope with the required phrase", edits: certificate(expires: "2028-06-30", scope: "视频监控系统的设计、集成及服务", mustInclude: "视频监控")),
    ]

    /// The example project with qualification Q-01 answered by an ISO 9001 certificate expiring on `expires`.
    static func certificate(expires: String, scope: String? = nil, mustInclude: String? = nil) -> [RuleExample.Edit] {
        [.replace(file: "requirements.yaml", old: "  - {id: T-01,",
                  new: "  - {id: Q-01, kind: qualification, text: 具有有效的 ISO 9001 认证证书, mandatory: true\(mustInclude.map { ", scope_must_include: [\($0)]" } ?? "")}\n  - {id: T-01,"),
         .replace(file: "bid.yaml", old: "  validity_days: 120\n",
                  new: "  validity_days: 120\n  qualifications:\n    - {id: iso9001, name: ISO 9001 证书, number: 00124Q35678R2M, expires: \(expires), file: attachments/iso9001.pdf, requirement: Q-01\(scope.map { ", scope: \($0)" } ?? "")}\n"),
         .write(file: "attachments/iso9001.pdf", content: "%PDF-1.4\n")]
    }

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        let project = bid.project
        let validUntil = QualificationEvaluation.bidValidUntil(project)
        var findings: [Finding] = []
        let plans = project.sections  // computed from the parts: once, not per requirement
        for req in project.requirements where req.kind == .qualification {
            let certificates = project.bidder.qualifications.filter { $0.requirement == req.id }
            let bySection = plans.contains { $0.covers.contains(req.id) }
            if certificates.isEmpty && !bySection {
                findings.append(finding(Say.noCertificate(req.id, req.text),
                                        severity: req.mandatory ? .error : .warning, requirement: req.id, at: req.location))
            }
            for (i, q) in project.bidder.qualifications.enumerated() where q.requirement == req.id {
                // Expired on the deadline, or a scope without the phrase the tender requires.
                let at = project.keyLocations["bidder.qualifications[\(i)].expires"] ?? q.location
                for failure in QualificationEvaluation.failures(of: q, for: req, in: project) {
                    let scope = failure.code != "expires-before-deadline"
                    findings.append(finding(failure, severity: req.mandatory || !scope ? .error : .warning, requirement: req.id,
                                            at: scope ? project.keyLocations["bidder.qualifications[\(i)].scope"] ?? q.location : at))
                }
            }
        }
        let paths = ProjectPaths(root: project.root, displayRoot: project.displayRoot)
        for (i, q) in project.bidder.qualifications.enumerated() {
            let expiresAt = project.keyLocations["bidder.qualifications[\(i)].expires"] ?? q.location
            if let expires = q.expires {
                if expires < project.tender.deadline.day, q.requirement.flatMap(project.requirement) == nil {
                    findings.append(finding(Say.expiresBeforeDeadline(q.name, q.number, expires, project.tender.deadline.day),
                                            requirement: q.requirement, at: expiresAt))
                } else if expires >= project.tender.deadline.day, expires < validUntil {
                    findings.append(finding(Say.expiresInValidity(q.name, q.number, expires, validUntil),
                                            severity: .warning, requirement: q.requirement, at: expiresAt))
                }
            }
            // The qualification list already placed it, or said why it could not (`loadProblems`).
            if let file = q.file, !paths.exists(file), !bid.loadProblems.contains(where: { $0.error.message.contains("'\(file)'") }) {
                findings.append(finding(Say.attachmentMissing(file, q.name), requirement: q.requirement,
                                        at: project.keyLocations["bidder.qualifications[\(i)].file"] ?? q.location))
            } else if q.file == nil, q.requirement != nil {
                findings.append(finding(Say.noAttachment(q.name), severity: .warning, requirement: q.requirement, at: q.location))
            }
        }
        return findings
    }
}

extension Qualifications {
    enum Say {
        static func noCertificate(_ id: String, _ text: String) -> Wording {
            Wording("no-certificate", zh: "资格要求 \(id)“\(text)”没有对应的证书（bidder.qualifications[].requirement）或章节",
                    en: "qualification \(id) '\(text)' has no certificate (bidder.qualifications[].requirement) or section")
        }

        static func expiresBeforeDeadline(_ name: String, _ number: String, _ expires: CalendarDay, _ deadline: CalendarDay) -> Wording {
            Wording("expires-before-deadline", zh: "证书“\(name)”（\(number)）于 \(expires) 到期，早于投标截止日 \(deadline)",
                    en: "certificate '\(name)' (\(number)) expires \(expires), before the submission deadline \(deadline)")
        }

        static func expiresInValidity(_ name: String, _ number: String, _ expires: CalendarDay, _ validUntil: CalendarDay) -> Wording {
            Wording("expires-in-validity", zh: "证书“\(name)”（\(number)）于 \(expires) 到期，在投标有效期内（至 \(validUntil)）",
                    en: "certificate '\(name)' (\(number)) expires \(expires), inside the bid validity period (to \(validUntil))")
        }

        static func noScope(_ name: String, _ number: String, _ id: String, _ phrase: String) -> Wording {
            Wording("no-scope", zh: "证书“\(name)”（\(number)）未写明范围，而 \(id) 要求其包含“\(phrase)”",
                    en: "certificate '\(name)' (\(number)) states no scope, and \(id) requires it to include '\(phrase)'")
        }

        static func scopeLacks(_ name: String, _ number: String, _ id: String, _ phrase: String) -> Wording {
            Wording("scope-lacks", zh: "证书“\(name)”（\(number)）的范围不包含 \(id) 要求的“\(phrase)”",
                    en: "the scope of certificate '\(name)' (\(number)) does not include '\(phrase)', which \(id) requires")
        }

        static func attachmentMissing(_ file: String, _ name: String) -> Wording {
            Wording("attachment-missing", zh: "找不到证书“\(name)”的附件 '\(file)'", en: "attachment '\(file)' of certificate '\(name)' not found")
        }

        static func noAttachment(_ name: String) -> Wording {
            Wording("no-attachment", zh: "证书“\(name)”没有附件（file:）", en: "certificate '\(name)' has no attachment (file:)")
        }
    }
}
