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

    /// What was recorded instead of thrown, in a stable order whatever order the workers ran in.
    var problems: [LoadProblem] {
        lock.lock()
        defer { lock.unlock() }
        return recorded.sorted { ($0.error.location.file, $0.error.location.line, $0.error.location.column, $0.error.message)
            < ($1.error.location.file, $1.error.location.line, $1.error.location.column, $1.error.message) }
    }

    /// Reads an image once; the resource id is its project-relative path. When collecting, an image
    /// that cannot be read is recorded and its id returned without a resource.
    func image(_ relative: String, at location: SourceLocation) throws -> String {
        guard collecting else { return try readImage(relative, at: location) }
        do {
            return try readImage(relative, at: location)
        } catch let error as LoadError {
            lock.lock()
            recorded.append(LoadProblem(error))
            lock.unlock()
            return relative
        }
    }

    private func readImage(_ relative: String, at location: SourceLocation) throws -> String {
        lock.lock()
        let known = images[relative] != nil
        lock.unlock()
        if known { return relative }
        let bytes = try paths.read(relative, as: .image, referencedAt: location)
        guard let type = Self.mediaType(of: bytes) else {
            throw LoadError(location, "image '\(relative)' is not a PNG or JPEG file")
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

    /// By content, not by extension: a renamed file must not reach Word with the wrong type.
    static func mediaType(of bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "image/png" }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        return nil
    }
}
