/// `--option key=value` checked against what the renderers of the requested formats declare (plugin
/// ABI 3), before any work starts: an unknown key or a value of the wrong type is a usage error
/// (exit status 2) with a did-you-mean, as an unknown key in bid.yaml is a load error.
///
/// A plugin built against ABI 1 or 2 cannot declare its options; when one of the requested formats
/// comes from such a plugin, keys no other plugin declares are passed on unchecked.
extension BuildPipeline {
    /// Keys the host itself reads: `images=external` also makes it write the resources beside the output,
    /// and a reference DOCX or template folder is checked before rendering (`ReferenceDocxCheck`).
    static let hostOptions = ["images", "reference_docx", "template_dir"]

    public func validateOptions(_ options: [String: String], formats: [String]) throws {
        let plugins = formats.compactMap { host.plugin(for: $0) }
        let declared = plugins.flatMap(\.options)
        let undeclaring = plugins.filter { !$0.declaresOptions }.map(\.name)
        for key in options.keys.sorted() {
            let value = options[key] ?? ""
            let matching = declared.filter { $0.name == key }
            if let problem = matching.lazy.compactMap({ $0.problem(with: value) }).first, matching.allSatisfy({ $0.problem(with: value) != nil }) {
                throw UsageError("--option \(key)=\(value): \(problem)")
            }
            guard matching.isEmpty, !Self.hostOptions.contains(key), undeclaring.isEmpty else { continue }
            let names = Array(Set(declared.map(\.name))).sorted()
            var message = "unknown renderer option '\(key)' for \(formats.joined(separator: ", "))"
            if names.isEmpty {
                message += "; the renderers of these formats take no options"
            } else {
                let hint = DidYouMean.hint(for: key, among: names)
                message += hint.hasPrefix("; did you mean") ? hint : "; options: " + names.joined(separator: ", ")
            }
            throw UsageError(message + " (see `bidkit plugins`)")
        }
    }
}
