/// Whether a certificate evidences a qualification requirement: valid on the submission deadline and
/// holding the scope the tender asks for (`scope_must_include:`). The one evaluation behind the
/// `qualifications` findings and the compliance status.
enum QualificationEvaluation {
    /// The reasons `certificate` fails `requirement`, in both languages (the `qualifications` rule's
    /// messages); empty when it meets it.
    static func failures(of certificate: Qualification, for requirement: Requirement, in project: Project) -> [Wording] {
        var out: [Wording] = []
        let deadline = project.tender.deadline.day
        if let expires = certificate.expires, expires < deadline {
            out.append(Qualifications.Say.expiresBeforeDeadline(certificate.name, certificate.number, expires, deadline))
        }
        for phrase in missingScope(of: certificate, for: requirement) {
            out.append(certificate.scope == nil
                ? Qualifications.Say.noScope(certificate.name, certificate.number, requirement.id, phrase)
                : Qualifications.Say.scopeLacks(certificate.name, certificate.number, requirement.id, phrase))
        }
        return out
    }

    /// The required phrases the certificate's scope lacks (all of them when it states none).
    static func missingScope(of certificate: Qualification, for requirement: Requirement) -> [String] {
        let scope = certificate.scope ?? ""
        return requirement.scopeMustInclude.filter { !scope.localizedCaseInsensitiveContains($0) }
    }

    /// The last day the bid is valid: from the deadline, the longer of the offered and required validity.
    static func bidValidUntil(_ project: Project) -> CalendarDay {
        project.tender.deadline.day.adding(days: max(project.bidder.validityDays, project.tender.validityDays))
    }
}
