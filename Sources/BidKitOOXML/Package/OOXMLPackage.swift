/// An OOXML package (.docx, .xlsx) opened for reading: a zip archive, or a folder laid out like an
/// unzipped one (a template's committed `docx/reference/`). Every reader in BidKit goes through this
/// type, so every part from every source gets the same limits (`OOXMLLimits`) and the same hardened
/// XML parser (`XMLTree`).
///
/// ```swift
/// let package = try OOXMLPackage(zip: bytes, file: "forms/x.docx", limits: .wordForm)
/// let rels = try PackageRelationships.read(for: "word/document.xml", in: package)
/// guard let document = try package.xml("word/document.xml") else { … }   // nil: no such part
/// ```
///
/// Not thread-safe: one package is read by one thread at a time (each reader opens its own).
public final class OOXMLPackage {
    /// How the package is named in messages.
    public let file: String
    public let limits: OOXMLLimits
    private let source: Source
    /// Uncompressed bytes read so far, against `limits.maxTotalBytes`.
    private var bytesRead = 0

    private enum Source {
        case zip(ZipReader)
        case folder(FolderReader)
    }

    /// A zip archive in memory. `kind` is what the file should be, for messages (".docx", ".xlsx").
    public init(zip bytes: [UInt8], file: String, kind: String = ".docx", limits: OOXMLLimits) throws {
        self.file = file
        self.limits = limits
        source = .zip(try ZipReader(bytes, file: file, kind: kind, limits: limits))
    }

    /// A zip archive on disk, read whole (up to `limits.maxPackageBytes`).
    public convenience init(zipFile path: String, file: String, kind: String = ".docx", limits: OOXMLLimits) throws {
        let bytes: [UInt8]
        do {
            bytes = try LocalFile.contents(path, limit: limits.maxPackageBytes)
        } catch .tooLarge {
            throw OOXMLError(file: file, message: "is larger than the \(byteCount(limits.maxPackageBytes)) allowed for \(limits.purpose)")
        } catch {
            throw OOXMLError(file: file, message: error.text(what: "a \(kind) file", limit: limits.maxPackageBytes))
        }
        try self.init(zip: bytes, file: file, kind: kind, limits: limits)
    }

    /// A folder holding the parts as files (`word/styles.xml` …). Parts are confined to the folder by
    /// their real path, so a part that is a link to a file elsewhere is refused.
    public init(folder path: String, file: String, limits: OOXMLLimits) throws {
        self.file = file
        self.limits = limits
        source = .folder(try FolderReader(path, file: file, limits: limits))
    }

    /// Names of the parts of a zip package, in archive order (a folder package lists none).
    public var partNames: [String] {
        switch source {
        case .zip(let zip): return zip.names
        case .folder: return []
        }
    }

    public func contains(_ part: String) -> Bool {
        switch source {
        case .zip(let zip): return zip.contains(part)
        case .folder(let folder): return folder.contains(part)
        }
    }

    /// The bytes of `part`, or nil when the package has no such part.
    public func read(_ part: String) throws -> [UInt8]? {
        let budget = limits.maxTotalBytes - bytesRead
        let data: [UInt8]?
        switch source {
        case .zip(let zip): data = try zip.read(part, budget: budget)
        case .folder(let folder): data = try folder.read(part, budget: budget)
        }
        bytesRead += data?.count ?? 0
        return data
    }

    /// `part` parsed as XML under the package's limits, or nil when the package has no such part.
    public func xml(_ part: String) throws -> XMLTree? {
        try read(part).map { try XMLTree($0, part: part, file: file, limits: limits) }
    }

    /// `part` when it is well-formed XML under the package's limits, as its bytes (for parts that are
    /// copied as they are, such as a theme), or nil when the package has no such part.
    public func checkedXMLBytes(_ part: String) throws -> [UInt8]? {
        guard let data = try read(part) else { return nil }
        _ = try XMLTree(data, part: part, file: file, limits: limits)
        return data
    }
}
