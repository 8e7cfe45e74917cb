import Foundation

/// What converting one Markdown section needs from the project, and what it collects (images).
/// Sections are converted in parallel: the image registry is guarded by a lock.
final class MarkdownContext: @unchecked Sendable {
    let fields: FieldTable
    let paths: ProjectPaths
    let project: Project
    /// For `check`: problems that need not stop the section (an unknown field, a missing image) are
    /// recorded instead of thrown; the checker reports unknown fields as leftovers in the text.
    let collecting: Bool
    /// Images read so far, keyed by project-relative path.
    private var images: [String: Resource] = [:]
    private var recorded: [LoadProblem] = []
    private let lock = NSLock()

    init(project: Project, fields: FieldTable, collecting: Bool = false) {
        self.project = project
        self.fields = fields
        self.collecting = collecting
        paths = ProjectPaths(root: project.root, displayRoot: project.displayRoot)
    }

    /// Problems that did not stop the conversion (Markdown left out), one line each.
    private var collectedWarnings: [String] = []

    func warn(_ message: String) {
        lock.lock()
        collectedWarnings.append(message)
        lock.unlock()
    }

    /// The warnings in a fixed order, whatever order the sections were converted in.
    var warnings: [String] {
        lock.lock()
        defer { lock.unlock() }
        return collectedWarnings.sorted()
    }

    /// What was recorded instead of thrown, in a stable order whatever order the workers ran in.
    var problems: [LoadProblem] {
        lock.lock()
        defer { lock.unlock() }
        return recorded.sorted { ($0.error.location.file, $0.error.location.line, $0.error.location.column, $0.error.message)
            < ($1.error.location.file, $1.error.location.line, $1.error.location.column, $1.error.message) }
    }

    /// The image `written` in a Markdown file in `directory` (project-relative), read once; the
    /// resource id is its project-relative path. Looked for beside the Markdown file first, then from
    /// the project root (where `images/` usually is), each inside the project. When collecting, an
    /// image that cannot be found or read is recorded and an id returned without a resource.
    func image(_ written: String, from directory: String, at location: SourceLocation) throws -> String {
        guard collecting else { return try findImage(written, from: directory, at: location) }
        do {
            return try findImage(written, from: directory, at: location)
        } catch let error as LoadError {
            lock.lock()
            recorded.append(LoadProblem(error))
            lock.unlock()
            return (try? paths.confine(written, from: directory, at: location)) ?? written
        }
    }

    private func findImage(_ written: String, from directory: String, at location: SourceLocation) throws -> String {
        let beside = try paths.confine(written, from: directory, at: location)
        // From the root only when the path stays inside the project from there too (`../../images/x.png` does not).
        let fromRoot = (try? paths.confine(written, at: location)) ?? beside
        let candidates = beside == fromRoot ? [beside] : [beside, fromRoot]
        guard let relative = candidates.first(where: paths.exists) else {
            let looked = candidates.map(paths.display).joined(separator: " and ")
            throw LoadError(location, "image '\(written)' not found: looked for \(looked)"
                            + (candidates.count > 1 ? " (beside the Markdown file, then from the project folder)" : ""))
        }
        lock.lock()
        let known = images[relative] != nil
        lock.unlock()
        if known { return relative }
        let bytes = try paths.read(relative, as: .image, referencedAt: location)
        guard let type = ImageKind.mediaType(of: bytes) else {
            throw LoadError(location, "image '\(relative)' is not a PNG, JPEG, GIF, WebP or SVG file")
        }
        if type == "image/svg+xml", let problem = SVGPolicy.problem(bytes, file: paths.display(relative)) {
            throw LoadError(location, "image '\(relative)' \(problem)")
        }
        lock.lock()
        images[relative] = Resource(id: relative, mediaType: type, data: bytes)
        lock.unlock()
        return relative
    }

    /// The images in order of first use in the document, whatever order the workers read them in.
    func resources(inOrderOf parts: [Part]) -> [Resource] {
        var seen: Set<String> = []
        var ordered: [Resource] = []
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .image(let image):
                    if seen.insert(image.resource).inserted, let r = images[image.resource] { ordered.append(r) }
                case .list(let list): list.items.forEach(visit)
                case .quote(let inner): visit(inner)
                case .table(let table): for row in table.header + table.body + table.footer { row.cells.forEach { visit($0.blocks) } }
                default: break
                }
            }
        }
        lock.lock()
        defer { lock.unlock() }
        for part in parts { for section in part.sections { visit(section.blocks) } }
        return ordered
    }

}
