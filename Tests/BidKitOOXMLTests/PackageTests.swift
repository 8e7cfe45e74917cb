@testable import BidKitOOXML
import BidKitTestSupport
import Foundation
import Testing

/// Relationships, the main part, folder packages and the reference parts a DOCX writer reuses.
@Suite struct PackageTests {
    static let rels = #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        + #"<Relationship Id="rId2" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/numbering" Target="/word/numbering2.xml"/>"#
        + #"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.com/a?b=c" TargetMode="External"/>"#
        + #"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://second.example"/>"#
        + #"<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="../../../../etc/passwd"/>"#
        + "</Relationships>"

    @Test func relationshipsResolveTargetsToPartNamesInsideThePackage() throws {
        let package = try Fixtures.package([("word/_rels/document.xml.rels", Self.rels)])
        let rels = try #require(try PackageRelationships.read(for: "word/document.xml", in: package))
        #expect(rels.target(kind: "styles") == "word/styles.xml")
        #expect(rels.target(kind: "numbering") == "word/numbering2.xml")  // strict type, absolute target
        #expect(rels.relationship(id: "rId3")?.target == "https://example.com/a?b=c")  // the first of duplicate ids
        #expect(rels.relationship(id: "rId3")?.external == true)
        #expect(rels.target(kind: "header") == "etc/passwd")  // `..` never climbs above the package root
        #expect(PackageRelationships.relationshipsPart(of: "word/document.xml") == "word/_rels/document.xml.rels")
        #expect(PackageRelationships.relationshipsPart(of: "") == "_rels/.rels")
    }

    @Test func nodesKeepTheirTreeAlive() throws {
        // The tree here is a temporary: nodes that only borrowed it read freed memory (docProps were lost).
        let children = try Fixtures.package([("docProps/core.xml", "<p><creator>张工</creator><title>t</title></p>")])
            .xml("docProps/core.xml")?.root?.children ?? []
        #expect(children.map(\.name) == ["creator", "title"])
        #expect(children.first?.text == "张工")
    }

    @Test func theMainPartComesFromThePackageRelationships() throws {
        let officeDocument = #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document2.xml"/></Relationships>"#
        let package = try Fixtures.package([("_rels/.rels", officeDocument), ("word/document2.xml", "<a/>")])
        #expect(try PackageRelationships.mainPart(of: package, fallback: "word/document.xml") == "word/document2.xml")
        let missing = try Fixtures.package([("_rels/.rels", officeDocument)])
        #expect(try PackageRelationships.mainPart(of: missing, fallback: "word/document.xml") == "word/document.xml")
    }

    @Test func aFolderPackageConfinesItsPartsAndCapsThem() throws {
        let dir = try TemporaryDirectory()
        let root = try dir.subdirectory("reference")
        try write("<w:styles/>", to: root + "/word/styles.xml")
        try write(String(repeating: "x", count: 2000), to: root + "/word/big.xml")
        try write("secret", to: dir.path + "/outside.xml")
        try FileManager.default.createSymbolicLink(atPath: root + "/word/numbering.xml", withDestinationPath: dir.path + "/outside.xml")
        let package = try OOXMLPackage(folder: root, file: "reference", limits: Fixtures.tiny)
        #expect(try package.read("word/styles.xml") == Array("<w:styles/>".utf8))
        #expect(try package.read("word/missing.xml") == nil)
        #expect(Fixtures.error { _ = try package.read("word/numbering.xml") }?.message
                == "word/numbering.xml is a link to a file outside the folder; the part is not read")
        #expect(Fixtures.error { _ = try package.read("../outside.xml") }?.message
                == "cannot hold an entry name that climbs out of the package ('..'): '../outside.xml'")
        #expect(Fixtures.error { _ = try package.read("word/big.xml") }?.message == "word/big.xml is larger than 1,000 bytes, the limit for tests")
    }

    @Test func referencePartsAreFoundThroughTheRelationshipsAndEachChecked() throws {
        let w = Fixtures.ns
        let document = "<w:document \(w)><w:body><w:sectPr><w:headerReference w:type=\"default\" r:id=\"rH\"/>"
            + "<w:footerReference w:type=\"default\" r:id=\"rF\"/></w:sectPr></w:body></w:document>"
        let rels = #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + #"<Relationship Id="rS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="s.xml"/>"#
            + #"<Relationship Id="rH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="h.xml"/>"#
            + #"<Relationship Id="rF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="f.xml"/>"#
            + "</Relationships>"
        var parts = [("word/document.xml", document), ("word/_rels/document.xml.rels", rels), ("word/s.xml", "<w:styles \(w)/>"),
                     ("word/h.xml", "<w:hdr \(w)/>"), ("word/f.xml", "<w:ftr \(w)/>"), ("word/_rels/f.xml.rels", "<Relationships/>"),
                     ("word/theme/theme1.xml", "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"/>")]
        let found = try ReferenceParts(Fixtures.package(parts, limits: .referenceDocument))
        #expect(found.styles.part == "word/s.xml")
        #expect(found.header?.part == "word/h.xml")
        #expect(found.footer == nil)  // it has relationships of its own (a logo): not reused
        #expect(found.numbering == nil && found.settings == nil && found.fontTable == nil)
        #expect(found.theme?.count == 74)

        parts[6] = ("word/theme/theme1.xml", "<a:theme>")  // copied as is, so checked first
        #expect(Fixtures.error { _ = try ReferenceParts(Fixtures.package(parts, limits: .referenceDocument)) }?.message
                == "word/theme/theme1.xml is not well-formed XML (line 1, column 10: an element that is never closed)")
        parts[2] = ("word/other.xml", "<w:styles/>")
        #expect(Fixtures.error { _ = try ReferenceParts(Fixtures.package(parts, limits: .referenceDocument)) }?.message
                == "has no word/s.xml, which a reference document needs for its styles")
    }

    private func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }
}
