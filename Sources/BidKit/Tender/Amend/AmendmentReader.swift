import Foundation

/// Reads a clarification / amendment notice (澄清/修改通知, addendum) into changes, in the wording such
/// notices use: "第 3.2 条修改为：“…”", "增加第 3.9 条：“…”", "删除第 3.7 条", "投标截止时间推迟至
/// 2026年12月25日 9:30", "最高投标限价调整为人民币 3,500,000.00 元"; "Requirement T-05 is amended to
/// read: "…"", "New requirement T-13: "…"", "Requirement T-06 is deleted", "The proposal due date is
/// extended to …", "The budget is revised to USD …". Sentences it cannot read are reported.
public enum AmendmentReader {
    public struct Result: Sendable {
        public var changes: [TenderChange]
        public var unread: [UnclassifiedCandidate]
    }

    private static let id = #"([0-9]+(?:\.[0-9]+)*|[A-Z]{1,6}-[0-9]+(?:\.[0-9]+)*)"#
    private static let quoted = #"[“"「『]([^”"」』]+)[”"」』]"#

    public static func read(_ document: TenderDocument) -> Result {
        let language = TenderImporter.detectLanguage(document)
        var changes: [TenderChange] = [], unread: [UnclassifiedCandidate] = []
        for case .paragraph(let p) in document.blocks {
            let text = ClauseText.normalize(p.text)
            if let c = clause(text, place: p.place) {
                changes.append(c)
            } else if let c = fact(text, language: language, place: p.place) {
                changes.append(c)
            } else if text.range(of: #"修改|增加|新增|删除|推迟|调整|amended|replaced|deleted|added|extended|revised"#,
                                 options: [.regularExpression, .caseInsensitive]) != nil {
                unread.append(.init(text: text, reason: "mentions a change the amendment reader cannot apply", place: p.place))
            }
        }
        return Result(changes: changes, unread: unread)
    }

    static func clause(_ text: String, place: TenderPlace) -> TenderChange? {
        let patterns: [(TenderChange.Kind, String)] = [
            (.modified, #"第\s*"# + id + #"\s*条[^“"「『]*?(?:修改|更改|变更|调整)为[:：]?\s*"# + quoted),
            (.added, #"(?:增加|新增|补充|增补)\s*第?\s*"# + id + #"\s*条[:：]?\s*"# + quoted),
            (.removed, #"删除[^。；]*?第\s*"# + id + #"\s*条"#),
            (.removed, #"第\s*"# + id + #"\s*条[^。；“"]*?(?:删除|取消)"#),
            (.modified, #"(?i)(?:clause|requirement|section|item)\s+"# + id + #"\s+is\s+(?:amended|replaced|revised|changed)[^:：]*[:：]\s*"# + quoted),
            (.added, #"(?i)(?:new|additional)\s+(?:clause|requirement)\s+"# + id + #"\s*[:：]\s*"# + quoted),
            (.removed, #"(?i)(?:clause|requirement|section|item)\s+"# + id + #"\s+is\s+(?:deleted|removed|withdrawn)"#),
        ]
        for (kind, pattern) in patterns {
            guard let m = TenderDate.match(pattern, text) else { continue }
            var change = TenderChange(kind: kind, id: m[1])
            change.place = place
            if kind != .removed {
                let (marker, body) = ClauseText.leadingMarker(m[2])
                let modal = ClauseText.modal(body)
                change.after = ClauseText.trimmedEnd(body)
                change.marker = marker
                change.mandatory = marker == .star || modal == "shall" || modal == "must"
                change.bound = BoundReader.bound(in: body)
            }
            return change
        }
        return nil
    }

    static func fact(_ text: String, language: Language, place: TenderPlace) -> TenderChange? {
        let lower = text.lowercased()
        func made(_ key: String, _ value: String) -> TenderChange {
            var c = TenderChange(kind: .fact, id: key, after: value)
            c.place = place
            return c
        }
        let changed = #"推迟|延期|顺延|延长|调整|变更|修改|extended|postponed|changed|revised|moved"#
        guard text.range(of: changed, options: [.regularExpression, .caseInsensitive]) != nil else { return nil }
        let after = text.range(of: #"(?:至|为|to)\s*"#, options: .regularExpression).map { String(text[$0.upperBound...]) } ?? text
        if lower.range(of: #"截止时间|开标时间|due date|deadline|closing date"#, options: .regularExpression) != nil,
           let iso = TenderDate.deadline(in: after, language: language) {
            return made("deadline", iso)
        }
        if lower.range(of: #"最高投标限价|最高限价|招标控制价|预算|budget|ceiling|not to exceed"#, options: .regularExpression) != nil,
           let money = TenderMoney.amount(in: after) {
            return made("ceiling", TenderAmount.text(money.value))
        }
        if lower.range(of: #"投标保证金|bid bond|proposal security"#, options: .regularExpression) != nil, let money = TenderMoney.amount(in: after) {
            return made("bid_bond", TenderAmount.text(money.value))
        }
        if lower.range(of: #"投标有效期|validity"#, options: .regularExpression) != nil, let days = TenderDate.days(in: after) {
            return made("validity_days", String(days))
        }
        return nil
    }
}
