/// The ```signature fenced block: which seal, which signer, whether dated.
///
/// ```signature
/// seal: bidder
/// signer: legal-representative | authorized-agent | either
/// date: true
/// ```
enum SignatureSpec {
    static let keys = ["seal", "signer", "date"]

    static func parse(_ text: String, at location: SourceLocation, context: MarkdownContext) throws -> Signature {
        let project = context.project
        let zh = project.language == .zh
        let bidder = project.bidder
        var slots: [Signature.Slot] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            // The fence line itself is `location.line`; content starts on the next line.
            let here = SourceLocation(file: location.file, line: location.line + 1 + offset, column: 1)
            guard let colon = line.firstIndex(of: ":") else { throw LoadError(here, "expected 'key: value' in a signature block") }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "seal":
                guard value == "bidder" else { throw LoadError(here, "unknown seal '\(value)'; expected 'bidder'") }
                slots.append(.init(kind: .seal, label: zh ? "投标人（盖章）" : "Bidder (seal)", value: bidder.name))
            case "signer":
                switch value {
                case "legal-representative":
                    slots.append(.init(kind: .signature, label: zh ? "法定代表人（签字）" : "Legal representative (signature)",
                                       value: bidder.legalRepresentative))
                case "authorized-agent":
                    guard let agent = bidder.authorizedAgent else {
                        throw LoadError(here, "signer 'authorized-agent' but bid.yaml names no bidder.authorized_agent")
                    }
                    slots.append(.init(kind: .signature, label: zh ? "授权代表（签字）" : "Authorised representative (signature)", value: agent))
                case "either":
                    slots.append(.init(kind: .signature,
                                       label: zh ? "法定代表人或授权代表（签字）" : "Legal or authorised representative (signature)",
                                       value: bidder.authorizedAgent ?? bidder.legalRepresentative))
                default:
                    throw LoadError(here, "unknown signer '\(value)'" +
                                    DidYouMean.hint(for: value, among: ["legal-representative", "authorized-agent", "either"]))
                }
            case "date":
                guard ["true", "yes"].contains(value.lowercased()) else { continue }
                slots.append(.init(kind: .date, label: zh ? "日期" : "Date", value: project.info.date.formatted(project.language)))
            default:
                throw LoadError(here, "unknown key '\(key)' in a signature block" + DidYouMean.hint(for: key, among: keys))
            }
        }
        guard !slots.isEmpty else { throw LoadError(location, "empty signature block") }
        return Signature(slots: slots)
    }
}
