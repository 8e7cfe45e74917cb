/// The signing map as text (for the person stamping) and JSON (for tools).
extension SigningMap {
    public var text: String {
        var out = "\(document)" + (volume.map { " (\($0))" } ?? "") + (pageCount.map { ": \($0) pages" } ?? ": pages unknown (no layout pass)") + "\n"
        for e in entries {
            let page = e.page.map { "PDF page \($0)" } ?? (e.placement == "edge" ? "all pages \(e.pageLabel)" : "page unknown")
            let printed = e.pageLabel.isEmpty || e.placement == "edge" ? "" : " (printed \(e.pageLabel))"
            var position = e.placement == "edge" ? "across the right edge of every page" : e.placement == "page" ? "on the form's seal and signature lines" : "right"
            if let mm = e.fromTopMillimetres { position = "\(mm) mm from the top, \(position)" }
            out += "  \(page)\(printed)  \(e.section)  \(e.needs.joined(separator: "、"))  — \(position)\n"
        }
        return out
    }

    public var json: JSONValue {
        .object([
            ("document", .string(document)), ("volume", .optional(volume)), ("pages", pageCount.map(JSONValue.int) ?? .null),
            ("entries", .array(entries.map { e in
                .object([
                    ("page", e.page.map(JSONValue.int) ?? .null), ("page_label", .string(e.pageLabel)),
                    ("section", .string(e.sectionID)), ("title", .string(e.section)),
                    ("needs", .array(e.needs.map(JSONValue.string))),
                    ("from_top_mm", e.fromTopMillimetres.map(JSONValue.int) ?? .null), ("placement", .string(e.placement)),
                ])
            })),
        ])
    }
}
