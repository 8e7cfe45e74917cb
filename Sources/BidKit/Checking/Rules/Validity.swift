/// The bid stays valid as long as the tender requires, and the authorised agent's power of attorney
/// lasts as long as the bid does: an award signed after the power lapsed can be contested.
struct Validity: Rule {
    static let id = "validity"
    static let severity = Finding.Severity.error
    static let description = "The offered bid validity is at least the required validity, and the power of attorney covers it."

    static let triggering: [RuleExample] = [
        .replacing("  validity_days: 120", with: "  validity_days: 60"),
        .replacing("  # no authorized_agent: the legal representative signs everything",
                   with: "  authorized_agent: 李娜\n  power_of_attorney_until: 2027-03-01"),
        .replacing("  validity_days: 120", with: "  validity_days: 89", .en),
    ]
    static let nonTriggering: [RuleExample] = [
        .replacing("  validity_days: 120", with: "  validity_days: 90"),
        .replacing("  # no authorized_agent: the legal representative signs everything",
                   with: "  authorized_agent: 李娜\n  power_of_attorney_until: 2027-04-09"),
    ]

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        let bidder = bid.project.bidder
        let offered = bidder.validityDays, required = bid.project.tender.validityDays
        let project = bid.project
        var findings: [Finding] = []
        if offered < required {
            findings.append(finding(Say.tooShort(offered, required), at: project.location(of: "bidder.validity_days")))
        }
        let validUntil = QualificationEvaluation.bidValidUntil(project)
        if let until = bidder.powerOfAttorneyUntil, bidder.authorizedAgent != nil, until < validUntil {
            findings.append(finding(Say.attorneyEndsEarly(until, validUntil, days: max(offered, required)),
                                    at: project.location(of: "bidder.power_of_attorney_until")))
        }
        return findings
    }
}

extension Validity {
    enum Say {
        static func tooShort(_ offered: Int, _ required: Int) -> Wording {
            Wording("too-short", zh: "投标有效期为 \(offered) 天，招标文件要求 \(required) 天",
                    en: "the bid is valid for \(offered) days, the tender requires \(required)")
        }

        static func attorneyEndsEarly(_ until: CalendarDay, _ validUntil: CalendarDay, days: Int) -> Wording {
            Wording("attorney-ends-early", zh: "授权委托书 \(until) 到期，早于投标有效期届满日 \(validUntil)（自截止时间起 \(days) 天）",
                    en: "the power of attorney ends \(until), before the bid's validity ends \(validUntil) (\(days) days from the deadline)")
        }
    }
}
