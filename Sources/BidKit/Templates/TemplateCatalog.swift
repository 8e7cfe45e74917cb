import Foundation

/// Every template on the search path (`--template-path`, `BIDKIT_TEMPLATE_PATH`, the install
/// folder, the source tree's Templates/): a subfolder holding template.yaml. The first folder with
/// a name wins, as for plugins, so a company's `cn-goods` overrides the shipped one; the shipped one
/// is still listed, marked as shadowed. Folders without template.yaml (styles only) are not
/// templates for `init` and are left out.
public struct TemplateCatalog: Sendable {
    public struct Entry: Sendable {
        public var name: String
        public var folder: String
        /// The loaded template, or why it failed to load.
        public var template: BidTemplate?
        public var error: String?
        /// The folder of an earlier template with the same name, which is the one used.
        public var shadowedBy: String?
    }

    public let searchPath: [String]
    /// In search-path order, then by name within a folder.
    public let entries: [Entry]

    public init(locator: TemplateLocator = TemplateLocator()) {
        searchPath = locator.searchPath
        var entries: [Entry] = []
        var firstFolder: [String: String] = [:]
        var seen: Set<String> = []
        // A folder named twice (BIDKIT_TEMPLATE_PATH and the source tree) is searched once.
        for dir in searchPath where seen.insert(dir).inserted {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
            for name in names {
                let folder = (dir as NSString).appendingPathComponent(name)
                guard FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(TemplateLoader.fileName)) else { continue }
                var entry = Entry(name: name, folder: folder)
                do {
                    entry.template = try TemplateLoader.load(folder: folder)
                } catch {
                    entry.error = String(describing: error)
                }
                entry.shadowedBy = firstFolder[name]
                if firstFolder[name] == nil { firstFolder[name] = folder }
                entries.append(entry)
            }
        }
        self.entries = entries
    }

    /// The templates `init` can use: the first of each name.
    public var usable: [Entry] { entries.filter { $0.shadowedBy == nil } }

    /// The template `name`, loaded; a usage error naming the templates found when there is none,
    /// the template's own load error when it is broken.
    public func template(named name: String) throws -> BidTemplate {
        guard let entry = usable.first(where: { $0.name == name }) else {
            let names = usable.map(\.name)
            var message = "no template named '\(name)'"
            let close = DidYouMean.suggestions(for: name, among: names)
            if !close.isEmpty { message += "; did you mean \(DidYouMean.alternatives(close))?" }
            message += names.isEmpty ? "; no templates found" : "; available: \(names.joined(separator: ", "))"
            message += "\ntemplate search path: " + (searchPath.isEmpty ? "(empty)" : searchPath.joined(separator: ":"))
            throw UsageError(message)
        }
        // Load again to throw the located error itself rather than its text.
        return try entry.template ?? TemplateLoader.load(folder: entry.folder)
    }
}
