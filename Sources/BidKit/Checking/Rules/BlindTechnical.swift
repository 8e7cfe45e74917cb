import BidKitDocxReader
import Foundation

/// A blind technical volume (暗标): when the tender asks for one (`tender.blind_technical: true`), the
/// technical part — parts with the id or title technical / 技术 — must not identify the bidder: no
/// company name (full or short), no name of its people (signatories, contact, the team that owns
/// the sections), no phone number or e-mail, no certificate number, no logo, no seal or signature,
/// and no document property naming the bidder in a rendered file (`--rendered`). A blind volume that
/// identifies its bidder is rejected unread.
struct BlindTechnical: Rule {
    static let id = "blind-technical"
    static let severity = Finding.Severity.error
    static let description = "When the tender asks for a blind technical volume, nothing in the technical part identifies the bidder."

    private static let blind = RuleExample.Edit.replace(file: "bid.yaml", old: "  validity_days: 90\n", new: "  validity_days: 90\n  blind_technical: true\n")
    private static let technical = RuleExample.Edit.append(file: "bid.yaml", text: """
          - id: technical
            title: 技术部分
            sections:
              - {id: solution, title: 技术方案, source: sections/solution.md, owner: 周明, due: 2026-12-05, status: done}

        """)
    private static func solution(_ text: String, _ language: Language = .zh) -> RuleExample {
        RuleExample(language, text, edits: [blind, technical, .write(file: "sections/solution.md", content: "# 方案\n\n\(text)\n")])
    }
    static let triggering: [RuleExample] = [
        solution("本方案由{{bidder.name}}编制。"),
        solution("本方案由某某科技负责实施。"),
        solution("项目经理周明，联系电话 13812345678。"),
        solution("技术支持热线 0571-88886666，邮箱 support@example.com。"),
        solution("![公司 logo](images/logo.png)"),
        solution("```signature\nseal: bidder\nsigner: legal-representative\n```"),
    ]
    static let nonTriggering: [RuleExample] = [
        solution("本方案采用 400 万像素星光级摄像机，7×24 小时录像。"),
        RuleExample(.zh, "not blind: the technical part may name the bidder", edits: [technical, .write(file: "sections/solution.md", content: "# 方案\n\n本方案由{{bidder.name}}编制。\n")]),
    ]

    private static let contacts: [ScanPattern] = [
        ScanPattern(#"(?<!\d)1[3-9]\d{9}(?!\d)"#, label: "a mobile number", triggers: ["1"]),
        ScanPattern(#"(?<![\d-])0\d{2,3}-\d{7,8}(?!\d)|(?<!\d)[48]00-?\d{3}-?\d{4}(?!\d)|\+\d{1,3}[ -]\d{2,4}[ -]\d{3,4}[ -]?\d{3,4}"#,
                    label: "a phone number", triggers: ["0", "+"]),
        ScanPattern(#"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"#, label: "an e-mail address", triggers: ["@"]),
    ].compactMap { $0 }

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        let p = bid.project
        guard p.tender.blindTechnical else { return [] }
        let technical = Set(p.parts.filter(Self.isTechnical).flatMap { $0.sections.map(\.id) })
        var findings: [Finding] = []
        // Longest first, so the full name wins over the short name it contains.
        let literals = Self.identifying(p).sorted { $0.0.count > $1.0.count }.compactMap { ScanPattern(literal: $0.0, label: $0.1) }
        let patterns = literals + Self.contacts
        let matches = TextScan.matches(of: patterns, in: context.text, resolvingFields: true).filter { technical.contains($0.section.id) }
        let rank = { (m: TextScan.Match) in patterns.firstIndex { $0.label == m.label && $0.regex.firstMatch(in: m.text, range: NSRange(location: 0, length: (m.text as NSString).length)) != nil } ?? patterns.count }
        for m in Overlaps.removed(matches, place: { "\($0.location.file)|\($0.location.line)|\($0.line)" }, column: \.location.column, length: { $0.text.count }, rank: rank) {
            findings.append(finding(Say.names(m.label, m.text, m.section.title), section: m.section.id, at: m.location))
        }
        for section in bid.package.sections where technical.contains(section.id) {
            let at = p.sections.first { $0.id == section.id }?.location
            for block in section.blocks {
                if case .signature = block {
                    findings.append(finding(Say.sealOrSignature(section.title), section: section.id, at: at))
                }
                if case .image(let image) = block, Self.isLogo(image) {
                    findings.append(finding(Say.logo(section.title, image.resource), section: section.id, at: at))
                }
            }
        }
        for file in context.renderedFiles {
            guard let data = FileManager.default.contents(atPath: file), let properties = try? DocxProperties(bytes: [UInt8](data), file: file) else { continue }
            for (name, value) in properties.named where Self.identifying(p).contains(where: { value.contains($0.0) }) {
                findings.append(finding(Say.property(name, value), at: SourceLocation(file: file)))
            }
        }
        return findings
    }

    static func isTechnical(_ part: PartPlan) -> Bool {
        part.id.lowercased().contains("technical") || part.title.contains("技术") || part.title.localizedCaseInsensitiveContains("technical")
    }

    private static func isLogo(_ image: Image) -> Bool {
        ["logo", "标志", "徽标", "商标", "标识"].contains { image.resource.localizedCaseInsensitiveContains($0) || image.alt.localizedCaseInsensitiveContains($0) }
    }

    /// What names the bidder: its name and short name, its people, its certificate numbers and contact details.
    static func identifying(_ p: Project) -> [(String, String)] {
        let b = p.bidder
        var out: [(String, String)] = [(b.name, "the bidder")]
        let short = b.name.replacingOccurrences(of: #"(股份有限公司|有限责任公司|有限公司|集团|[,，]?\s*(Inc\.?|LLC|Ltd\.?|Limited|Co\.?|Corporation|Group))$"#,
                                                with: "", options: .regularExpression).trimmingCharacters(in: .whitespaces)
        if short != b.name, short.count >= 4 { out.append((short, "the bidder")) }
        // A Chinese company name without its region prefix ("某某科技" out of "某某科技有限公司" is kept above).
        let people = [b.legalRepresentative, b.authorizedAgent, b.contact?.name] + p.sections.map(\.owner) + p.tasks.map(\.owner)
        for person in Set(people.compactMap { $0 }.filter { $0.count >= 2 }).sorted() { out.append((person, "a person of the bidder")) }
        for q in b.qualifications where q.number.count >= 6 { out.append((q.number, "a certificate number")) }
        for contact in [b.contact?.phone, b.contact?.email].compactMap({ $0 }) where contact.count >= 6 { out.append((contact, "the bidder's contact")) }
        return out
    }
}

extension BlindTechnical {
    enum Say {
        /// The scan labels (`identifying`, `contacts`) in Chinese.
        static let zhLabels = ["the bidder": "投标人", "a person of the bidder": "投标人人员", "a certificate number": "证书编号",
                               "the bidder's contact": "投标人联系方式", "a mobile number": "手机号码", "a phone number": "电话号码",
                               "an e-mail address": "电子邮箱"]

        static func names(_ label: String, _ text: String, _ title: String) -> Wording {
            Wording("names-bidder", zh: "暗标技术卷章节“\(title)”中出现\(zhLabels[label] ?? label)“\(text)”",
                    en: "the blind technical volume names \(label) ('\(text)') in section '\(title)'")
        }

        static func sealOrSignature(_ title: String) -> Wording {
            Wording("seal-or-signature", zh: "暗标技术卷章节“\(title)”带有投标人的印章或签字",
                    en: "section '\(title)' of the blind technical volume carries the bidder's seal or signature")
        }

        static func logo(_ title: String, _ resource: String) -> Wording {
            Wording("logo", zh: "暗标技术卷章节“\(title)”含有标志图片（“\(resource)”）",
                    en: "section '\(title)' of the blind technical volume shows a logo ('\(resource)')")
        }

        static func property(_ name: String, _ value: String) -> Wording {
            Wording("property-names-bidder", zh: "暗标卷的文档属性 \(name) 为“\(value)”，暴露了投标人",
                    en: "document property \(name) of the blind volume is '\(value)', which names the bidder")
        }
    }
}
