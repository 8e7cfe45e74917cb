/// Parts stored as files in a folder, read under `OOXMLLimits` like zip entries: names checked like
/// entry names, each file confined to the folder by its real path and read up to the part cap.
final class FolderReader {
    private let root: String
    private let realRoot: String
    private let file: String
    private let limits: OOXMLLimits

    init(_ path: String, file: String, limits: OOXMLLimits) throws {
        guard LocalFile.kind(path) == .folder, let real = LocalFile.realPath(path) else {
            throw OOXMLError(file: file, message: "is not a folder")
        }
        root = path.hasSuffix("/") ? String(path.dropLast()) : path
        realRoot = real
        self.file = file
        self.limits = limits
    }

    func contains(_ part: String) -> Bool {
        EntryName.problem(part) == nil && LocalFile.kind(root + "/" + part) == .file
    }

    func read(_ part: String, budget: Int) throws -> [UInt8]? {
        if let problem = EntryName.problem(part) {
            throw OOXMLError(file: file, message: "cannot hold \(problem): \(quoted(part))")
        }
        let path = root + "/" + part
        guard LocalFile.kind(path) != nil else { return nil }
        guard let real = LocalFile.realPath(path), real.hasPrefix(realRoot + "/") else {
            throw OOXMLError(file: file, message: "\(part) is a link to a file outside the folder; the part is not read")
        }
        let cap = min(limits.maxPartBytes, budget)
        do {
            return try LocalFile.contents(real, limit: cap)
        } catch .tooLarge where cap < limits.maxPartBytes {
            throw OOXMLError(file: file, message: "holds more than \(byteCount(limits.maxTotalBytes)) of parts, the limit for \(limits.purpose)")
        } catch .tooLarge {
            throw OOXMLError(file: file, message: "\(part) is larger than \(byteCount(cap)), the limit for \(limits.purpose)")
        } catch {
            throw OOXMLError(file: file, message: "\(part): \(error.text(what: "a part", limit: cap))")
        }
    }
}
