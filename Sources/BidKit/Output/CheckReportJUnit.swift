/// JUnit XML for CI systems: one test case per rule, failing when the rule found an error
/// (or a warning under `--strict`), skipped when the project disabled it.
extension CheckReport {
    public func junit(strict: Bool) -> String {
        let mandatory = Set(mandatoryRequirements)
        let failing: (Finding) -> Bool = { $0.severity == .error || (strict && $0.severity == .warning) }
        var cases = ""
        var failures = 0, skipped = 0
        for rule in Checker.rules {
            let found = findings.filter { $0.rule == rule.id }
            cases += "    <testcase classname=\"bidkit.check\" name=\"\(xml(rule.id))\">\n"
            if let disabled = found.first(where: { $0.severity == .info && $0.code == "disabled" }) {
                skipped += 1
                cases += "      <skipped message=\"\(xml(disabled.message))\"/>\n"
            } else if found.contains(where: failing) {
                failures += 1
                let failed = found.filter(failing)
                cases += "      <failure message=\"\(xml("\(failed.count) finding(s): \(failed[0].message)"))\" type=\"\(failed[0].severity.rawValue)\">"
                cases += xml(failed.map(Self.line).joined(separator: "\n")) + "</failure>\n"
            }
            let other = found.filter { !failing($0) && $0.code != "disabled" }
            if !other.isEmpty { cases += "      <system-out>\(xml(other.map(Self.line).joined(separator: "\n")))</system-out>\n" }
            cases += "    </testcase>\n"
        }
        // One test case per requirement too: failed when a mandatory one is not met, answered or covered.
        var requirementCases = "", requirementFailures = 0
        for (id, status) in coverage.statuses {
            requirementCases += "    <testcase classname=\"bidkit.requirements\" name=\"\(xml(id))\">\n"
            if !status.isCompliant, mandatory.contains(id) {
                requirementFailures += 1
                requirementCases += "      <failure message=\"\(xml(id)): \(status.rawValue)\" type=\"\(status.rawValue)\"/>\n"
            } else {
                requirementCases += "      <system-out>\(status.rawValue)</system-out>\n"
            }
            requirementCases += "    </testcase>\n"
        }
        let properties = "    <properties>\n"
            + ([("requirements.total", coverage.total), ("requirements.answered", coverage.answered), ("requirements.compliant", coverage.compliant)]
               + ComplianceStatus.allCases.map { ("requirements.status.\($0.rawValue)", coverage.count($0)) })
            .map { "      <property name=\"\($0.0)\" value=\"\($0.1)\"/>\n" }.joined()
            + "    </properties>\n"
        let tests = Checker.rules.count + coverage.total
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="bidkit check" tests="\(tests)" failures="\(failures + requirementFailures)" skipped="\(skipped)">
              <testsuite name="bidkit check" tests="\(Checker.rules.count)" failures="\(failures)" skipped="\(skipped)" errors="0">

            """ + properties + cases + """
              </testsuite>
              <testsuite name="requirements" tests="\(coverage.total)" failures="\(requirementFailures)" skipped="0" errors="0">

            """ + requirementCases + "  </testsuite>\n</testsuites>\n"
    }

    private static func line(_ f: Finding) -> String {
        (f.location.map { "\($0): " } ?? "") + "\(f.severity.rawValue): \(f.message)" + (f.requirement.map { " [\($0)]" } ?? "")
    }

    private func xml(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\t": out.unicodeScalars.append(c)
            case _ where c.value < 0x20: continue  // not allowed in XML 1.0
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
