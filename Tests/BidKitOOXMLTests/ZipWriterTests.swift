@testable import BidKitOOXML
import Testing

/// The deterministic writer: same entries, same bytes; entries in the given order with a fixed
/// timestamp; read back by the hardened reader.
@Suite struct ZipWriterTests {
    static let entries = [
        ZipWriter.Entry(name: "[Content_Types].xml", data: Array("<Types/>".utf8)),
        ZipWriter.Entry(name: "word/document.xml", data: Array(String(repeating: "<w:p>甲</w:p>", count: 100).utf8)),
        ZipWriter.Entry(name: "word/media/image1.png", data: [0x89, 0x50, 0x4E, 0x47], compress: false),
    ]

    @Test func theSameEntriesGiveTheSameBytes() throws {
        #expect(try ZipWriter.write(Self.entries) == ZipWriter.write(Self.entries))
    }

    @Test func entriesKeepTheirOrderATimestampOfTheirOwnAndTheirMethod() throws {
        let bytes = try ZipWriter.write(Self.entries)
        let package = try OOXMLPackage(zip: bytes, file: "t.docx", limits: .wordForm)
        #expect(package.partNames == Self.entries.map(\.name))
        for entry in Self.entries { #expect(try package.read(entry.name) == entry.data) }
        // Local headers: method at +8, DOS time at +10, DOS date at +12 (1980-01-01 = 0x0021).
        var headers: [(method: Int, time: Int, date: Int)] = []
        var i = 0
        while i + 30 < bytes.count {
            if bytes[i...].starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                headers.append((Int(bytes[i + 8]), Int(bytes[i + 10]) | Int(bytes[i + 11]) << 8, Int(bytes[i + 12]) | Int(bytes[i + 13]) << 8))
            }
            i += 1
        }
        #expect(headers.map(\.method) == [8, 8, 0])
        #expect(headers.allSatisfy { $0.time == 0 && $0.date == 0x0021 })
    }

    @Test func invalidOrDuplicateNamesAreNotWritten() {
        #expect(Fixtures.error { _ = try ZipWriter.write([ZipWriter.Entry(name: "../x.xml", data: [])]) }?.message
                == "an entry name that climbs out of the package ('..'): '../x.xml'")
        #expect(Fixtures.error { _ = try ZipWriter.write([ZipWriter.Entry(name: "a.xml", data: []), ZipWriter.Entry(name: "A.XML", data: [])]) }?.message
                == "two entries named 'A.XML'")
    }

    @Test func anEmptyArchiveIsValid() throws {
        let bytes = try ZipWriter.write([])
        #expect(bytes.count == 22)  // just the end of central directory record
    }
}
