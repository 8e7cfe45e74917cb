/// The BidPackage wire format, version 2 (docs/plugin-abi.md).
///
/// Layout: magic "BKPG", major version (varint), minor version (varint), then the package.
/// Records are written field by field in declaration order; enums as a tag byte followed
/// by their payload. Readers reject another major version and ignore nothing: a minor
/// version bump may only append new enum tags that old readers report as unsupported.
public enum PackageWire {
    public static let magic: [UInt8] = Array("BKPG".utf8)
    /// 2.0: the front matter (cover, table of contents, labels) between the metadata and the parts;
    /// it keeps every tag of 1.1 and 1.2 (figure, labelled table, footnote and reference, image width).
    /// 2.1: tag 16, a table with columns that must not wrap (written only then).
    public static let majorVersion = 2
    public static let minorVersion = 1

    public static func encode(_ package: BidPackage) -> [UInt8] {
        var w = WireWriter(capacity: 1 << 16)
        for b in magic { w.byte(b) }
        w.varint(majorVersion)
        w.varint(minorVersion)
        package.write(to: &w)
        return w.bytes
    }

    public static func decode(_ bytes: [UInt8]) throws -> BidPackage {
        var r = WireReader(bytes)
        for b in magic where try r.byte() != b {
            throw WireError("not a BidKit package (bad magic)")
        }
        let major = try r.varint()
        guard major == majorVersion else {
            throw WireError("package wire format version \(major) is not supported (this reader knows version \(majorVersion))")
        }
        _ = try r.varint()  // minor: additive changes only
        let package = try BidPackage(from: &r)
        guard r.isAtEnd else { throw WireError("trailing bytes after the package at byte \(r.offset)") }
        return package
    }
}

extension BidPackage {
    func write(to w: inout WireWriter) {
        metadata.write(to: &w)
        frontMatter.write(to: &w)
        w.array(parts) { w, p in p.write(to: &w) }
        w.array(resources) { w, r in
            w.string(r.id)
            w.string(r.mediaType)
            w.blob(r.data)
        }
    }

    init(from r: inout WireReader) throws {
        let metadata = try Metadata(from: &r)
        let frontMatter = try FrontMatter(from: &r)
        let parts = try r.array { try Part(from: &$0) }
        let resources = try r.array { r in
            Resource(id: try r.string(), mediaType: try r.string(), data: try r.blob())
        }
        self.init(metadata: metadata, frontMatter: frontMatter, parts: parts, resources: resources)
    }
}

extension Metadata {
    func write(to w: inout WireWriter) {
        for s in [projectID, title, language, template, tenderNumber, buyer, agent, bidder, date, deadline, currency] {
            w.string(s)
        }
        w.array(fields) { w, f in
            w.string(f.key)
            w.string(f.value)
        }
    }

    init(from r: inout WireReader) throws {
        self.init(
            projectID: try r.string(), title: try r.string(), language: try r.string(), template: try r.string(),
            tenderNumber: try r.string(), buyer: try r.string(), agent: try r.string(), bidder: try r.string(),
            date: try r.string(), deadline: try r.string(), currency: try r.string(),
            fields: try r.array { Field(try $0.string(), try $0.string()) })
    }
}

extension Part {
    func write(to w: inout WireWriter) {
        w.string(id)
        w.string(title)
        w.string(number)
        w.array(sections) { w, s in s.write(to: &w) }
    }

    init(from r: inout WireReader) throws {
        self.init(id: try r.string(), title: try r.string(), number: try r.string(),
                  sections: try r.array { try Section(from: &$0) })
    }
}

extension Section {
    func write(to w: inout WireWriter) {
        w.string(id)
        w.string(title)
        w.string(number)
        w.string(kind)
        w.string(source ?? "")
        Block.writeAll(blocks, to: &w)
    }

    init(from r: inout WireReader) throws {
        let id = try r.string(), title = try r.string(), number = try r.string(), kind = try r.string()
        let source = try r.string()
        self.init(id: id, title: title, number: number, kind: kind, source: source.isEmpty ? nil : source,
                  blocks: try Block.readAll(from: &r))
    }
}
