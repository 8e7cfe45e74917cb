/// Reads the requirement keys the checker needs beyond the text: `marker:` (★ / ▲) and `bound:`, the
/// clause's numeric bound as data, so a reviewer does not depend on the text being parsed:
///
/// ```yaml
/// bound: {op: ">=", value: 5000, unit: users}
/// bound: {op: between, min: -30, max: 60, unit: ℃}
/// ```
enum RequirementMarkers {
    static let boundKeys = ["op", "value", "min", "max", "unit", "covering"]

    static func marker(_ value: YAMLValue?) throws -> Requirement.Marker? {
        guard let value else { return nil }
        let text = try value.nonEmptyString()
        guard let marker = Requirement.Marker(text: text) else { throw value.expected("★ (star) or ▲ (triangle, scored)") }
        return marker
    }

    static func bound(_ value: YAMLValue?) throws -> NumericBound? {
        guard let value else { return nil }
        let m = try value.mapping(keys: boundKeys)
        let opValue = try m.required("op")
        let opText = try opValue.nonEmptyString()
        guard let op = NumericBound.Operator(rawValue: opText) else {
            throw opValue.error("'\(opText)' is not a bound operator" + DidYouMean.hint(for: opText, among: NumericBound.Operator.allCases.map(\.rawValue)))
        }
        let unit = try m.optionalString("unit") ?? ""
        if op == .between {
            let low = try m.required("min").decimal(), high = try m.required("max").decimal()
            guard low <= high else { throw value.error("'min' must not exceed 'max'") }
            return NumericBound(op: op, value: low, upper: high, unit: unit, covering: try m["covering"]?.bool() ?? false)
        }
        return NumericBound(op: op, value: try m.required("value").decimal(), unit: unit)
    }
}
