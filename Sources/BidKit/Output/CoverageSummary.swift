/// The requirement figures every output prints, worded once per language so text, JSON, JUnit and
/// the report say the same thing: answered (the bid says something) counted apart from compliant.
extension Coverage {
    /// "requirements answered 25/25, compliant 24/25 (not compliant: T-03)".
    public func sentence(_ language: Language) -> String {
        let failing = ids(.notCompliant), open = ids(.notAnswered) + ids(.notCovered)
        var notes: [String] = []
        if language == .zh {
            if !failing.isEmpty { notes.append("不满足：" + failing.joined(separator: "、")) }
            if !open.isEmpty { notes.append("未响应或未覆盖：" + open.joined(separator: "、")) }
            return "已响应要求 \(answered)/\(total)，满足 \(compliant)/\(total)" + (notes.isEmpty ? "" : "（" + notes.joined(separator: "；") + "）")
        }
        if !failing.isEmpty { notes.append("not compliant: " + failing.joined(separator: ", ")) }
        if !open.isEmpty { notes.append("not answered or covered: " + open.joined(separator: ", ")) }
        return "requirements answered \(answered)/\(total), compliant \(compliant)/\(total)" + (notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")")
    }

    /// `summary.requirements` of the JSON output. `covered` is kept (= answered) for readers of the first format.
    public var json: JSONValue {
        .object([
            ("total", .int(total)), ("covered", .int(answered)), ("answered", .int(answered)), ("compliant", .int(compliant)),
            ("statuses", .object(ComplianceStatus.allCases.map { ($0.rawValue, .int(count($0))) })),
            ("not_compliant", .array(ids(.notCompliant).map(JSONValue.string))),
        ])
    }
}
