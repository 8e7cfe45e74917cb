import Testing
@testable import BidKitModel

/// Issue 9, item 8: content nested past `Nesting.limit` is refused, by the wire decoder too, so a
/// hostile package cannot exhaust a plugin's stack.
@Suite("Nesting limit")
struct NestingTests {
    /// `levels` block quotes around a paragraph, built without recursion.
    static func quotes(_ levels: Int, around inner: Block = .paragraph(Paragraph([.text("x")]))) -> Block {
        var block = inner
        for _ in 0..<levels { block = .quote([block]) }
        return block
    }

    static func package(_ blocks: [Block]) -> BidPackage {
        BidPackage(metadata: Metadata(projectID: "p", title: "t", language: "en"),
                   parts: [Part(id: "a", title: "A", number: "1", sections: [Section(id: "s", title: "S", number: "1", kind: "markdown", blocks: blocks)])])
    }

    @Test func depthCountsBlocksAndInlinesTogether() {
        #expect(Nesting.depth(of: [.paragraph(Paragraph([.text("flat")]))]) == 0)
        #expect(Nesting.depth(of: [Self.quotes(3)]) == 3)
        // > - **[x](y)**
        let link = Inline.strong([.link(url: "y", content: [.text("x")])])
        let list = Block.list(ListBlock(ordered: false, items: [[.paragraph(Paragraph([link]))]]))
        #expect(Nesting.depth(of: [.quote([list])]) == 4)
        // A table cell is a level; an empty container still counts.
        let table = Block.table(Table(columns: [.init()], body: [Table.Row([Table.Cell(blocks: [.quote([])])])]))
        #expect(Nesting.depth(of: [table]) == 2)
        #expect(Nesting.depth(of: [.paragraph(Paragraph([.emphasis([])]))]) == 1)
    }

    @Test func depthStopsCountingPastTheLimit() {
        #expect(Nesting.depth(of: [Self.quotes(1_000)]) == Nesting.limit + 1)
    }

    @Test func packageAtTheLimitRoundTrips() throws {
        let deepInline = Block.paragraph(Paragraph([(0..<10).reduce(Inline.text("i")) { inner, _ in .strong([inner]) }]))
        let package = Self.package([Self.quotes(Nesting.limit), Self.quotes(Nesting.limit - 10, around: deepInline)])
        #expect(Nesting.depth(of: package.sections[0].blocks) == Nesting.limit)
        #expect(try PackageWire.decode(PackageWire.encode(package)) == package)
    }

    @Test func decoderRefusesOneLevelPastTheLimit() {
        let bytes = PackageWire.encode(Self.package([Self.quotes(Nesting.limit + 1)]))
        #expect(throws: WireError.self) { try PackageWire.decode(bytes) }
        do {
            _ = try PackageWire.decode(bytes)
        } catch {
            #expect("\(error)".contains("nested more than \(Nesting.limit) levels"))
        }
    }

    /// Hand-written bytes no encoder would produce: 200,000 nested quotes and 200,000 nested strong runs.
    /// Without the limit the decoder recursed once per level and died of a stack overflow.
    @Test(arguments: [(tag: UInt8(5), inline: false), (tag: UInt8(1), inline: true)])
    func hostileDeepPayloadIsAnErrorNotACrash(tag: UInt8, inline: Bool) {
        var w = WireWriter()
        if inline {
            w.uvarint(1)  // one block: a paragraph, alignment none, one inline…
            w.byte(1)
            w.byte(0)
        }
        for _ in 0..<200_000 {
            w.uvarint(1)  // an array of one element: another quote / strong
            w.byte(tag)
        }
        w.uvarint(0)
        var r = WireReader(w.bytes)
        #expect(throws: WireError.self) { _ = try Block.readAll(from: &r) }
    }
}
