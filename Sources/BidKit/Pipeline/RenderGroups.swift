import BidKitOOXML
import BidKitPluginHost

/// Which formats may render at the same time: one group per plugin (and one for each built-in format).
/// Groups run in parallel, one format after another inside a group, so two threads never enter the
/// same plugin at once (docs/plugin-abi.md "Threads") while the two cores render, say, DOCX and text
/// together. The package's wire bytes are shared by every group and only read.
struct RenderGroups: Sendable {
    let formats: [String]
    /// Indexes into `formats`, in request order within each group; groups in the order of their first format.
    let groups: [[Int]]

    init(_ formats: [String], host: PluginHost) {
        var order: [String] = []
        var members: [String: [Int]] = [:]
        for (i, format) in formats.enumerated() {
            // Built-in formats, and formats no plugin renders (they fail on their own), group by name.
            let key = host.plugin(for: format).map { "plugin:\($0.path)" } ?? "format:\(format)"
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(i)
        }
        self.formats = formats
        groups = order.compactMap { members[$0] }
    }

    /// Renders every group, in parallel when there is more than one, and returns each format's result
    /// in request order, whatever the thread timing.
    func render<R: Sendable>(_ format: @escaping @Sendable (String) -> R) -> [(format: String, result: R)] {
        // libxml2 must be initialised before two threads parse (renderers read reference DOCX and templates).
        if groups.count > 1 { XMLLibrary.prepareForThreads() }
        let formats = self.formats
        let rendered = Parallel.map(groups) { group in group.map { (index: $0, result: format(formats[$0])) } }
        return rendered.flatMap { $0 }.sorted { $0.index < $1.index }.map { (format: formats[$0.index], result: $0.result) }
    }
}
