/// JUnit XML for CI systems: one test case per rule, failing when the rule found an error
/// (or a warning under `--strict`), skipped when the project disabled it.
extension CheckReport {
    public func junit(strict: Bool) -> String {
        let failing: (Finding) -> Bool = { $0.severity == .error || (strict && $0.severity == .warning) }
        var cases = ""
        var failures = 0, skipped = 0
        for rule in Checker.rules {
            let found = findings.filter { $0.rule == rule.id }
            cases += "    <testcase classname=\"bidkit.check\" name=\"\(xml(rule.id))\">\n"
            if let disabled = found.first(where: { $0.severity == .info && $0.message.hasPrefix("rule disabled") }) {
                skipped += 1
                cases += "      <skipped message=\"\(xml(disabled.message))\"/>\n"
            } else if found.contains(where: failing) {
                failures += 1
                let failed = found.filter(failing)
                cases += "      <failure message=\"\(xml("\(failed.count) finding(s): \(failed[0].message)"))\" type=\"\(failed[0].severity.rawValue)\">"
                cases += xml(failed.map(Self.line).joined(separator: "\n")) + "</failure>\n"
            }
            let other = found.filter { !failing($0) && !$0.message.hasPrefix("rule disabled") }
            if !other.isEmpty { cases += "      <system-out>\(xml(other.map(Self.line).joined(separator: "\n")))</system-out>\n" }
            cases += "    </testcase>\n"
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="bidkit check" tests="\(Checker.rules.count)" failures="\(failures)" skipped="\(skipped)">
              <testsuite name="bidkit check" tests="\(Checker.rules.count)" failures="\(failures)" skipped="\(skipped)" errors="0">

            """ + cases + "  </testsuite>\n</testsuites>\n"
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
