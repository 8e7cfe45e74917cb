/// What a document of the bid must carry: the bidder's seal, an authorised signature, both or neither.
/// The one place this is decided — the `signatures` rule checks it, the signing map of a printed
/// volume lists it.
///
/// A section's own `sealed:` / `signed:` win; otherwise its title decides. Official formats differ:
/// the bid letter, power of attorney and price forms are sealed *and* signed, while the SME
/// declaration (中小企业声明函, 财库〔2020〕46 号 format) and the after-sales commitment carry the
/// seal alone. A section marked `sealed: true` whose title names neither list is signed too, which
/// is what `sealed: true` meant before the two were separate.
public struct SigningNeeds: Sendable, Equatable {
    public var seal: Bool
    public var signature: Bool

    public init(seal: Bool, signature: Bool) {
        self.seal = seal
        self.signature = signature
    }

    /// Titles of documents that are void without the bidder's seal and an authorised signature.
    public static let sealedAndSignedTitles = ["投标函", "授权委托书", "法定代表人身份证明", "承诺", "声明函", "开标一览表", "报价表",
                                               "偏离表", "Cover Letter", "Bid Letter", "Form of Tender", "Power of Attorney",
                                               "Declaration", "Commitment"]
    /// Titles of documents whose official format has a seal line and no signature line. Checked first:
    /// "中小企业声明函" also contains "声明函", "售后服务承诺" "承诺".
    public static let sealOnlyTitles = ["中小企业声明函", "残疾人福利性单位声明函", "监狱企业声明函", "售后服务承诺", "服务承诺"]

    public static let none = SigningNeeds(seal: false, signature: false)

    /// What `title` alone asks for; nil when it names no listed document.
    /// Case-insensitive by lower-casing once: Foundation's locale-aware search cost ~17 k instructions
    /// per title and needle, for every section and rule (and depended on the user's locale).
    public static func byTitle(_ title: String) -> SigningNeeds? {
        let folded = title.lowercased()
        if foldedSealOnly.contains(where: { folded.contains($0) }) {
            return SigningNeeds(seal: true, signature: false)
        }
        if foldedSealedAndSigned.contains(where: { folded.contains($0) }) {
            return SigningNeeds(seal: true, signature: true)
        }
        return nil
    }

    private static let foldedSealOnly = sealOnlyTitles.map { $0.lowercased() }
    private static let foldedSealedAndSigned = sealedAndSignedTitles.map { $0.lowercased() }

    /// What the section planned as `plan` must carry.
    public static func of(_ plan: SectionPlan) -> SigningNeeds {
        let title = byTitle(plan.title)
        let seal = plan.sealed ?? title?.seal ?? false
        let signature = plan.signed ?? title?.signature ?? (plan.sealed == true)
        return SigningNeeds(seal: seal, signature: signature)
    }

    /// What a packaged section must carry, when it has a plan (generated check reports do not).
    public static func of(_ section: Section, plan: SectionPlan?) -> SigningNeeds {
        plan.map(of) ?? byTitle(section.title) ?? .none
    }

    public var isEmpty: Bool { !seal && !signature }

    public enum Mark: Sendable { case seal, signature }

    /// What a document carrying `seal` / `signature` still lacks of these needs, seal first.
    public func lacking(seal hasSeal: Bool, signature hasSignature: Bool) -> [Mark] {
        (seal && !hasSeal ? [Mark.seal] : []) + (signature && !hasSignature ? [Mark.signature] : [])
    }
}
