import Foundation

/// Resolves project-relative paths and keeps them inside the project folder.
///
/// Every file a project names (bid.yaml, requirements, CSV, sections, images, forms, the reference
/// DOCX, attachments) is opened here and nowhere else, so one rule holds for all of them: a path is
/// checked as text first (no absolute paths, no `..` out of the folder), then by the real path it
/// resolves to, so a symbolic link — to a file, or a folder on the way — that leads outside the
/// project is refused like `..` is. Reads are bounded by the kind's size limit and never block on
/// a FIFO or device; failures name the cause ("permission denied", "is a folder").
struct ProjectPaths: Sendable {
    let root: URL
    let displayRoot: String

    init(root: URL, displayRoot: String) {
        self.root = root
        self.displayRoot = displayRoot
    }

    /// `relative` as written in `referrer` (a project-relative file); returns the project-relative path.
    /// Absolute paths and `..` that leave the project are errors at `location`.
    func confine(_ relative: String, from referrerDirectory: String = "", at location: SourceLocation) throws -> String {
        guard !relative.isEmpty else { throw LoadError(location, "empty path") }
        guard !relative.hasPrefix("/"), !relative.hasPrefix("~") else {
            throw LoadError(location, "absolute path '\(relative)' is not allowed; paths are relative to the project folder")
        }
        guard !relative.contains("\0") else { throw LoadError(location, "path '\(relative)' contains a NUL character") }
        var parts: [Substring] = referrerDirectory.split(separator: "/")
        for component in relative.split(separator: "/") {
            switch component {
            case ".", "": continue
            case "..":
                guard !parts.isEmpty else {
                    throw LoadError(location, "path '\(relative)' escapes the project folder")
                }
                parts.removeLast()
            default: parts.append(component)
            }
        }
        guard !parts.isEmpty else { throw LoadError(location, "path '\(relative)' names the project folder itself") }
        return parts.joined(separator: "/")
    }

    func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    func display(_ relative: String) -> String {
        displayRoot.isEmpty || displayRoot == "." ? relative : "\(displayRoot)/\(relative)"
    }

    /// A regular file (following links) exists at `relative`; no confinement, for messages and probes only.
    func exists(_ relative: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url(relative).path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// The real path of a file inside the project, checked to be a readable regular file there; for
    /// paths checked at load and read later (by the assembler, or a renderer given the real path).
    @discardableResult
    func check(_ relative: String, as kind: InputKind, referencedAt location: SourceLocation) throws -> String {
        let real = try resolve(relative, as: kind, at: location)
        try FileReader.open(real, relative: relative, as: kind, at: location).close()
        return real
    }

    /// The file's bytes, after the real-path check, within the kind's size limit.
    func read(_ relative: String, as kind: InputKind, referencedAt location: SourceLocation) throws -> [UInt8] {
        try FileReader.open(try resolve(relative, as: kind, at: location), relative: relative, as: kind, at: location).readAll()
    }

    /// The file as text (UTF-8 unless declared otherwise), errors in the text at their own line and column.
    func readText(_ relative: String, as kind: InputKind = .markdown, referencedAt location: SourceLocation,
                  encoding: TextEncoding = .utf8) throws -> String {
        try TextDecoding.decode(try read(relative, as: kind, referencedAt: location), file: display(relative), encoding: encoding)
    }

    /// The real path of `relative`, which must lie inside the project's real folder.
    private func resolve(_ relative: String, as kind: InputKind, at location: SourceLocation) throws -> String {
        guard let realRoot = FileReader.realPath(root.path) else {
            let code = errno
            let folder = displayRoot.isEmpty ? "." : displayRoot
            throw LoadError(location, "cannot open the project folder '\(folder)': \(FileReader.describe(code))")
        }
        let full = url(relative).path
        guard let real = FileReader.realPath(full) else {
            let code = errno
            if code == ENOENT || code == ENOTDIR {
                let dangling = FileReader.isSymbolicLink(full)
                throw LoadError(location, "\(kind.noun) '\(relative)' not found (looked for \(display(relative)))"
                                + (dangling ? "; it is a symbolic link to a missing file" : ""))
            }
            throw LoadError(location, "cannot read \(kind.noun) '\(relative)': \(FileReader.describe(code))")
        }
        guard real == realRoot || real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") else {
            throw LoadError(location, "\(kind.noun) '\(relative)' resolves outside the project folder (to \(real)) through a symbolic link; "
                            + "copy the file into the project instead")
        }
        return real
    }
}
