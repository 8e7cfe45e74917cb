import BidKitOOXML
import BidKitPluginSDK
import BidKitTestSupport
@testable import DocxWriter
import Testing

/// The same package always gives the same bytes: no clock, no dictionary order, fixed zip times.
@Suite struct DeterminismTests {
    @Test func twoRendersAreByteIdentical() throws {
        let a = try DocxWriter().renderDocx(Fixtures.zh, options: Fixtures.options("cn-goods")).bytes
        let b = try DocxWriter().renderDocx(Fixtures.zh, options: Fixtures.options("cn-goods")).bytes
        #expect(a == b)
        let c = try DocxWriter().renderDocx(Fixtures.en, options: Fixtures.options("en-proposal")).bytes
        let d = try DocxWriter().renderDocx(Fixtures.en, options: Fixtures.options("en-proposal")).bytes
        #expect(c == d)
    }

    @Test func zipEntriesCarryTheFixedTimestamp() throws {
        let bytes = try DocxWriter().renderDocx(Fixtures.zh, options: Fixtures.options("cn-goods")).bytes
        // Local file headers: "PK\u{3}\u{4}", then version, flags, method, time (2 bytes), date (2 bytes).
        var i = 0
        var headers = 0
        while i + 14 <= bytes.count {
            if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 3, bytes[i + 3] == 4 {
                #expect(bytes[(i + 10)..<(i + 14)].elementsEqual([0, 0, 0x21, 0]))
                headers += 1
            }
            i += 1
        }
        #expect(headers >= 13)
    }

    @Test func twoCLIBuildsOfTheSampleAreByteIdentical() throws {
        let bidkit = try TestPaths.product("bidkit").get()
        let dir = try TemporaryDirectory()
        let sample = TestPaths.packageRoot + "/Samples/substation-video-tender"
        var outputs: [[UInt8]] = []
        for run in ["a", "b"] {
            let out = dir.path + "/" + run
            let result = try Subprocess.run([bidkit, "build", sample, "--format", "docx", "--out", out], timeout: 120)
            #expect(result.status == 0, "\(result.output)")
            outputs.append(try LocalFile.read(out + "/substation-video-2026.docx", file: "the build", what: "a .docx", limit: 64 << 20))
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0].count > 10_000)
        let docx = try DocxFile(outputs[0])
        #expect(try docx.xml("word/document.xml").count("//w:tbl/w:tr[w:trPr/w:tblHeader]") > 0)
    }
}
