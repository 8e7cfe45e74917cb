@testable import BidKitOOXML
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one XML parser: no DTD, no entities, no network, bounded depth and node count, and BidKit's
/// own messages instead of libxml2's.
@Suite(.serialized) struct XMLParserTests {
    static let dtdRefused = "word/document.xml declares a DTD (<!DOCTYPE …>), which Word and Excel never write; the file is not read"

    @Test(arguments: [
        // Billion laughs, an external entity (XXE), a parameter entity, an external DTD on the network,
        // a harmless-looking internal one: a DTD alone is refused, before a declaration is read.
        #"<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>"#,
        #"<!DOCTYPE w:document [<!ENTITY c SYSTEM "file:///etc/passwd">]>"#,
        #"<!DOCTYPE w:document [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>"#,
        #"<!DOCTYPE w:document SYSTEM "http://bidkit.invalid/w.dtd">"#,
        #"<!-- Word --><!DOCTYPE w:document [<!ENTITY c "某某公司">]>"#,
    ])
    func documentTypeDeclarationsAreRefused(_ doctype: String) {
        let xml = "<?xml version=\"1.0\"?>\n\(doctype)<w:document \(Fixtures.ns)><w:body><w:t>&c;</w:t></w:body></w:document>"
        #expect(Fixtures.error { _ = try Fixtures.parse(xml) }?.message == Self.dtdRefused)
    }

    @Test func aDTDInUTF16IsRefusedToo() {
        // No ASCII prolog a byte scan could spot: the parser's own callback sees the declaration.
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE w:document [<!ENTITY c \"x\">]><w:document \(Fixtures.ns)/>"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in xml.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(Fixtures.error { _ = try XMLTree(bytes, part: "word/document.xml", file: "t.docx", limits: .wordForm) }?.message == Self.dtdRefused)
        // Without a DTD, UTF-16 is a valid OOXML encoding.
        var plain: [UInt8] = [0xFF, 0xFE]
        for unit in "<?xml version=\"1.0\" encoding=\"UTF-16\"?><w:document \(Fixtures.ns)/>".utf16 { plain += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(throws: Never.self) { _ = try XMLTree(plain, part: "word/document.xml", file: "t.docx", limits: .wordForm) }
    }

    @Test func nestingAndNodeCountAreCappedWhileParsing() throws {
        let deep = String(repeating: "<a>", count: 9) + String(repeating: "</a>", count: 9)
        #expect(Fixtures.error { _ = try Fixtures.parse(deep, limits: Fixtures.tiny) }?.message
                == "word/document.xml nests elements more than 8 deep (line 1), the limit for tests")
        #expect(throws: Never.self) { _ = try Fixtures.parse(String(repeating: "<a>", count: 8) + String(repeating: "</a>", count: 8), limits: Fixtures.tiny) }
        // Attributes, namespace declarations and text count as nodes: each costs memory.
        let wide = "<a " + (1...60).map { "x\($0)=\"\"" }.joined(separator: " ") + "/>"
        #expect(Fixtures.error { _ = try Fixtures.parse(wide, limits: Fixtures.tiny) }?.message
                == "word/document.xml has more than 50 XML nodes (line 1), the limit for tests")
        let many = "<r>\n" + String(repeating: "<p/>\n", count: 30) + "</r>"
        #expect(Fixtures.error { _ = try Fixtures.parse(many, limits: Fixtures.tiny) }?.message.hasPrefix("word/document.xml has more than 50 XML nodes (line 2") == true)
    }

    @Test func malformedXMLIsDescribedInBidKitsWordsWithTheLine() {
        func message(_ xml: String) -> String? { Fixtures.error { _ = try Fixtures.parse(xml) }?.message }
        #expect(message("<a>\n<b></a>") == "word/document.xml is not well-formed XML (line 2, column 8: an element closed by the wrong end tag)")
        #expect(message("<a>&nbsp;</a>") == "word/document.xml is not well-formed XML (line 1, column 10: a reference to an undeclared entity)")
        #expect(message("<a>&#27;[31m</a>") == "word/document.xml is not well-formed XML (line 1, column 9: a character XML does not allow (such as a control character))")
        #expect(Fixtures.error { _ = try XMLTree([0x3C, 0x61, 0x3E, 0xFF, 0xFE, 0x3C, 0x2F, 0x61, 0x3E], part: "p.xml", file: "t.docx", limits: .wordForm) }?.message
                == "p.xml is not well-formed XML (line 1, column 4: bytes that are not valid in the part's encoding (not UTF-8?))")
        #expect(message("<a></a><b/>") == "word/document.xml is not well-formed XML (line 1, column 8: content after the root element)")
        #expect(message("") == "word/document.xml is empty, not XML")
        #expect(message("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>") == "word/document.xml declares the encoding 'ISO-8859-1'; OOXML parts are UTF-8 or UTF-16")
    }

    @Test func entityReferencesAreNeverExpanded() throws {
        let tree = try Fixtures.parse("<a b=\"x&amp;y\">1 &lt; 2 &amp; <![CDATA[<c/>]]></a>")
        let root = try #require(tree.root)
        #expect(root.text == "1 < 2 & <c/>")
        #expect(root.attribute("b", in: []) == "x&y")
    }

    /// libxml2 prints some errors (I/O, encodings) through per-thread handlers whatever the options say;
    /// nothing may reach the terminal, and the handlers a host had are restored.
    @Test func libxml2NeverWritesToStderr() throws {
        let path = "/tmp/bidkit-ooxml-stderr-\(getpid()).txt"
        let saved = dup(2)
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        try #require(saved >= 0 && fd >= 0)
        dup2(fd, 2)
        for xml in [#"<!DOCTYPE a SYSTEM "file:///nonexistent/x.dtd"><a/>"#, "<a>&b;</a>", "<a>\u{1}</a>", "<?xml version=\"1.0\" encoding=\"bogus-9\"?><a/>",
                    #"<a xmlns:x="http://x"><y:b/></a>"#, "<a><b></a>"] {
            _ = try? Fixtures.parse(xml)
        }
        fflush(nil)
        dup2(saved, 2)
        close(saved)
        close(fd)
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_size == 0, "libxml2 wrote to stderr")
        unlink(path)
    }

    @Test func xpathLiteralsQuoteHostileValues() throws {
        #expect(XPath.literal("Heading1") == "'Heading1'")
        #expect(XPath.literal("a'b") == "\"a'b\"")
        #expect(XPath.literal("a'b\"c") == "concat('a', \"'\", 'b\"c')")
        let tree = try Fixtures.parse("<w:styles \(Fixtures.ns)><w:style w:styleId=\"x'] | //*[@w:styleId='y\"/><w:style w:styleId=\"y\"/></w:styles>")
        let hostile = "x'] | //*[@w:styleId='y"
        #expect(tree.nodes("/w:styles/w:style[@w:styleId=\(XPath.literal(hostile))]").count == 1)
    }
}
