import BidKitPluginSDK

/// Where reference parts come from: a folder laid out like an unzipped .docx (the template's
/// `docx/reference/`, committed as readable XML) or a real .docx file. Both are read through the
/// same paths (`word/styles.xml` …), so there is one code path for both.
struct PartSource {
    let origin: String
    private let read: (String) throws -> [UInt8]?

    func part(_ path: String) throws -> [UInt8]? { try read(path) }

    static func directory(_ dir: String) -> PartSource {
        PartSource(origin: dir) { path in
            try FileIO.read(FileIO.join(dir, path))
        }
    }

    static func docx(_ file: String) throws -> PartSource {
        guard let data = try FileIO.read(file) else {
            throw RenderError("reference_docx \(file): no such file")
        }
        let entries = try ZipArchive.read(data, origin: file)
        var byName: [String: [UInt8]] = [:]
        for e in entries { byName[e.name] = e.data }
        return PartSource(origin: file) { byName[$0] }
    }
}
