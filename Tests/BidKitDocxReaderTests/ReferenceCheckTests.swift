import BidKit
import BidKitTestSupport
import Foundation
import Testing

/// The core reads the reference DOCX before rendering, as the DOCX renderer will: a hostile one is a
/// load error naming the file (exit status 2) for `check` and `build`, not a failed render — or, as on
/// main, a bid carrying the reference's DTD.
@Suite struct ReferenceCheckTests {
    static let xxeStyles = #"<?xml version="1.0"?><!DOCTYPE w:styles [<!ENTITY ext SYSTEM "file:///etc/hostname">]>"#
        + #"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>"#

    private func project(reference: [UInt8]?) throws -> (TemporaryDirectory, String) {
        let tmp = try TemporaryDirectory()
        let root = try tmp.subdirectory("mini")
        var yaml = FormSectionTests.bidYAML
        if reference != nil { yaml = yaml.replacingOccurrences(of: "  date: 2026-12-08\n", with: "  date: 2026-12-08\n  reference_docx: styles/ref.docx\n") }
        try yaml.write(toFile: root + "/bid.yaml", atomically: true, encoding: .utf8)
        try FormSectionTests.requirementsYAML.write(toFile: root + "/requirements.yaml", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: root + "/forms", withIntermediateDirectories: true)
        try Data(DocxFixture.docx(body: FormSectionTests.letterBody())).write(to: URL(fileURLWithPath: root + "/forms/letter.docx"))
        if let reference {
            try FileManager.default.createDirectory(atPath: root + "/styles", withIntermediateDirectories: true)
            try Data(reference).write(to: URL(fileURLWithPath: root + "/styles/ref.docx"))
        }
        return (tmp, root)
    }

    @Test func aHostileProjectReferenceIsALoadErrorAtAssembly() throws {
        let (tmp, root) = try project(reference: DocxFixture.zip([("word/styles.xml", Array(Self.xxeStyles.utf8))]))
        _ = tmp
        let project = try ProjectLoader.load(folder: root)
        let error = try #require(throws: LoadError.self) { try Assembler.assemble(project) }
        #expect(error.description == root + "/styles/ref.docx: error: reference document word/styles.xml declares a DTD (<!DOCTYPE …>), "
                + "which Word and Excel never write; the file is not read")
    }

    @Test func aReferenceWithoutStylesOrNotAZipIsALoadError() throws {
        for (bytes, message) in [
            (try DocxFixture.zip([("word/document.xml", Array(DocxFixture.document("").utf8))]),
             "reference document has no word/styles.xml, which a reference document needs for its styles"),
            (Array("not a zip".utf8), "reference document is not a .docx file (not a zip archive)"),
        ] {
            let (tmp, root) = try project(reference: bytes)
            _ = tmp
            let error = try #require(throws: LoadError.self) { try Assembler.assemble(try ProjectLoader.load(folder: root)) }
            #expect(error.location == SourceLocation(file: root + "/styles/ref.docx"))
            #expect(error.message == message)
        }
    }

    @Test func aReferenceGivenAsAnOptionIsCheckedBeforeRendering() throws {
        let (tmp, root) = try project(reference: nil)
        let evil = tmp.path + "/evil.docx"
        try Data(DocxFixture.zip([("word/styles.xml", Array(Self.xxeStyles.utf8))])).write(to: URL(fileURLWithPath: evil))
        let pipeline = BuildPipeline(host: PluginHost(searchPath: []))
        let request = BuildRequest(projectFolder: root, formats: ["model-json"], outputDirectory: tmp.path + "/out",
                                   options: ["reference_docx": evil])
        let error = try #require(throws: LoadError.self) { try pipeline.run(request) }
        #expect(error.location == SourceLocation(file: evil))
        #expect(!FileManager.default.fileExists(atPath: tmp.path + "/out"))
        // Without the option the same project builds.
        #expect(try BuildPipeline(host: PluginHost(searchPath: [])).run(
            BuildRequest(projectFolder: root, formats: ["model-json"], outputDirectory: tmp.path + "/out")).failures.isEmpty)
    }

    @Test func theTemplatesReferenceFolderIsCheckedToo() throws {
        let (tmp, root) = try project(reference: nil)
        let templates = try tmp.subdirectory("templates")
        let word = try tmp.subdirectory("templates/evil/docx/reference/word")
        try Self.xxeStyles.write(toFile: word + "/styles.xml", atomically: true, encoding: .utf8)
        let yaml = try String(contentsOfFile: root + "/bid.yaml", encoding: .utf8)
            .replacingOccurrences(of: "  date: 2026-12-08\n", with: "  date: 2026-12-08\n  template: evil\n")
        try yaml.write(toFile: root + "/bid.yaml", atomically: true, encoding: .utf8)
        let pipeline = BuildPipeline(host: PluginHost(searchPath: []), templates: TemplateLocator(explicit: [templates], environment: [:]))
        let error = try #require(throws: LoadError.self) {
            try pipeline.run(BuildRequest(projectFolder: root, formats: ["model-json"], outputDirectory: tmp.path + "/out"))
        }
        #expect(error.location.file.hasSuffix("/templates/evil/docx/reference"))
        #expect(error.message.hasPrefix("reference document word/styles.xml declares a DTD"))
    }
}
