@testable import BidKitOOXML
import Testing

/// The zip side of the hardened reader: the container is checked on open, every entry on read, and
/// the uncompressed size is counted while inflating, whatever the headers claim.
@Suite struct ZipReaderTests {
    @Test func readsPartsByNameAndOPCCaseInsensitively() throws {
        let package = try Fixtures.package([("word/document.xml", "<a/>"), ("docProps/app.xml", "<b/>")])
        #expect(package.partNames == ["word/document.xml", "docProps/app.xml"])
        #expect(try package.read("word/document.xml") == Array("<a/>".utf8))
        #expect(try package.read("Word/Document.XML") == Array("<a/>".utf8))
        #expect(try package.read("word/missing.xml") == nil)
        #expect(package.contains("docProps/app.xml"))
    }

    @Test(arguments: [
        ([UInt8](), "is empty, not a .docx file"),
        (Array("not a zip".utf8), "is not a .docx file (not a zip archive)"),
        ([0xD0, 0xCF, 0x11, 0xE0] + [UInt8](repeating: 0, count: 508),
         "is an Office 97-2003 file (.doc, .xls) or a password-protected document, not a .docx file; save it as an unprotected .docx"),
        (Array("PK\u{3}\u{4} and then nothing".utf8), "is not a .docx file (damaged zip archive: not a zip archive)"),
    ])
    func notAPackage(_ bytes: [UInt8], _ message: String) {
        #expect(Fixtures.error { _ = try OOXMLPackage(zip: bytes, file: "t.docx", limits: .wordForm) }
                == OOXMLError(file: "t.docx", message: message))
    }

    @Test func aPackageLargerThanTheCapIsRefusedBeforeOpening() throws {
        let zipped = try ZipWriter.write([ZipWriter.Entry(name: "a.bin", data: [UInt8](repeating: 7, count: 3 << 20), compress: false)])
        #expect(Fixtures.error { _ = try OOXMLPackage(zip: zipped, file: "t.docx", limits: Fixtures.tiny) }?.message
                == "is 3.0 MiB, larger than the 1 MiB allowed for tests")
    }

    @Test func tooManyEntriesAreRefusedOnOpen() throws {
        let bytes = try Fixtures.zip((1...5).map { ("p\($0).xml", "<p/>") })
        #expect(Fixtures.error { _ = try OOXMLPackage(zip: bytes, file: "t.docx", limits: Fixtures.tiny) }?.message
                == "holds 5 zip entries, more than the 4 allowed for tests")
    }

    @Test func aPartPastTheCapIsRefusedWhateverItsHeaderSays() throws {
        let bomb = try Fixtures.zip([("word/document.xml", String(repeating: " ", count: 5000))])
        let expected = "word/document.xml is larger than 1,000 bytes uncompressed, the limit for tests"
        // Honest header: refused before inflating.
        #expect(Fixtures.error { _ = try OOXMLPackage(zip: bomb, file: "t.docx", limits: Fixtures.tiny).read("word/document.xml") }?.message == expected)
        // The header claims 10 bytes: the cap still holds, counted while inflating.
        let liar = Fixtures.patch(bomb, entry: "word/document.xml", size: 10)
        #expect(liar != bomb)
        #expect(Fixtures.error { _ = try OOXMLPackage(zip: liar, file: "t.docx", limits: Fixtures.tiny).read("word/document.xml") }?.message == expected)
    }

    @Test func theTotalOfAllPartsReadIsCapped() throws {
        let package = try Fixtures.package([("a.xml", String(repeating: "a", count: 900)), ("b.xml", String(repeating: "b", count: 900))],
                                           limits: Fixtures.tiny)
        #expect(try package.read("a.xml")?.count == 900)
        #expect(Fixtures.error { _ = try package.read("b.xml") }?.message == "holds more than 1,500 bytes of uncompressed parts, the limit for tests")
    }

    @Test func encryptedAndExoticallyCompressedEntriesAreRefusedBeforeReading() throws {
        let bytes = try Fixtures.zip([("word/document.xml", "<w:document/>")])
        let encrypted = Fixtures.patch(bytes, entry: "word/document.xml", flags: 1)
        #expect(Fixtures.error { _ = try OOXMLPackage(zip: encrypted, file: "t.docx", limits: .wordForm).read("word/document.xml") }?.message
                == "is password-protected (word/document.xml is encrypted); save it as an unprotected .docx")
        let bzip2 = Fixtures.patch(bytes, entry: "word/document.xml", method: 12)
        #expect(Fixtures.error { _ = try OOXMLPackage(zip: bzip2, file: "t.docx", limits: .wordForm).read("word/document.xml") }?.message
                == "word/document.xml is compressed with zip method 12; .docx files use deflate or no compression")
    }

    @Test func damagedDataIsAnErrorNotATrap() throws {
        var bytes = try Fixtures.zip([("word/document.xml", String(repeating: "<w:p>甲乙丙</w:p>", count: 200))])
        for i in 50..<56 { bytes[i] ^= 0x5A }  // inside the deflate stream of the only entry (data starts at 30 + 17)
        let error = Fixtures.error { _ = try OOXMLPackage(zip: bytes, file: "t.docx", limits: .wordForm).read("word/document.xml") }
        #expect(error?.message == "cannot read word/document.xml (the compressed data is damaged)")
    }

    @Test(arguments: [
        ("../evil.xml", "holds an entry name that climbs out of the package ('..'), '../evil.xml', which no .docx file has; the file is not read"),
        ("word/../../evil.xml", "holds an entry name that climbs out of the package ('..'), 'word/../../evil.xml', which no .docx file has; the file is not read"),
        ("/etc/passwd", "holds an entry name that is an absolute or Windows path, '/etc/passwd', which no .docx file has; the file is not read"),
        ("word\\evil.xml", "holds an entry name that is an absolute or Windows path, 'word\\\\evil.xml', which no .docx file has; the file is not read"),
        ("C:/evil.xml", "holds an entry name with a drive letter, 'C:/evil.xml', which no .docx file has; the file is not read"),
        ("word//evil.xml", "holds an entry name with an empty path segment, 'word//evil.xml', which no .docx file has; the file is not read"),
        ("word/./evil.xml", "holds an entry name with a '.' path segment, 'word/./evil.xml', which no .docx file has; the file is not read"),
    ])
    func entryNamesWithPathTricksRefuseTheWholePackage(_ name: String, _ message: String) throws {
        // ZipWriter refuses such names, so a harmless one of the same length is written and patched.
        let placeholder = String(repeating: "q", count: name.utf8.count)
        let bytes = Fixtures.renamed(try Fixtures.zip([("word/document.xml", "<a/>"), (placeholder, "<x/>")]), from: placeholder, to: name)
        #expect(Fixtures.error { _ = try OOXMLPackage(zip: bytes, file: "t.docx", limits: .wordForm) }?.message == message)
    }

    @Test func entryNamesWithControlCharactersAreRefusedAndShownEscaped() {
        #expect(EntryName.problem("word/\u{1B}[31mred.xml") == "an entry name with control characters")
        #expect(quoted("a\u{1B}[2Jb\u{202E}c") == #"'a\u{1B}[2Jb\u{202E}c'"#)
        #expect(EntryName.problem(String(repeating: "a", count: 1025)) == "an entry name longer than 1024 bytes")
        #expect(EntryName.problem("word/media/") == nil)
        #expect(EntryName.problem("[Content_Types].xml") == nil)
    }

    @Test func twoEntriesForOnePartAreRefused() throws {
        // OPC part names are case-insensitive: which of the two would a reader take?
        var bytes = Fixtures.renamed(try Fixtures.zip([("word/document.xml", "<a/>"), ("WORD/DOCUMENX.XML", "<b/>")]),
                                     from: "WORD/DOCUMENX.XML", to: "WORD/DOCUMENT.XML")
        #expect(Fixtures.error { _ = try OOXMLPackage(zip: bytes, file: "t.docx", limits: .wordForm) }?.message
                == "holds two zip entries for the part 'WORD/DOCUMENT.XML'; the file is not read")
        // Exactly the same name twice (ZipWriter refuses to write it, so the second name is patched in):
        // libzip itself refuses to open that.
        bytes = try Fixtures.zip([("word/document.xml", "<a/>"), ("word/documenX.xml", "<b/>")])
        let twice = Fixtures.renamed(bytes, from: "word/documenX.xml", to: "word/document.xml")
        #expect(Fixtures.error { _ = try OOXMLPackage(zip: twice, file: "t.docx", limits: .wordForm) }?.message
                == "is not a .docx file (damaged zip archive: two of its entries have the same name)")
    }
}
