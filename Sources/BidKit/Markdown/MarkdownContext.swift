import Foundation

/// What converting one Markdown section needs from the project, and what it collects (images).
final class MarkdownContext {
    let fields: FieldTable
    let paths: ProjectPaths
    let project: Project
    /// Images read so far, keyed by project-relative path (first-use order kept for determinism).
    private(set) var resources: [Resource] = []

    init(project: Project, fields: FieldTable) {
        self.project = project
        self.fields = fields
        paths = ProjectPaths(root: project.root, displayRoot: project.displayRoot)
    }

    /// Reads an image once; the resource id is its project-relative path.
    func image(_ relative: String, at location: SourceLocation) throws -> String {
        if resources.contains(where: { $0.id == relative }) { return relative }
        guard paths.exists(relative) else {
            throw LoadError(location, "image '\(relative)' not found (looked for \(paths.display(relative)))")
        }
        guard let data = FileManager.default.contents(atPath: paths.url(relative).path) else {
            throw LoadError(location, "cannot read image '\(relative)'")
        }
        let bytes = [UInt8](data)
        guard let type = Self.mediaType(of: bytes) else {
            throw LoadError(location, "image '\(relative)' is not a PNG or JPEG file")
        }
        resources.append(Resource(id: relative, mediaType: type, data: bytes))
        return relative
    }

    /// By content, not by extension: a renamed file must not reach Word with the wrong type.
    static func mediaType(of bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "image/png" }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        return nil
    }
}
