import Testing
@testable import BidKitModel

@Suite("Package wire format")
struct PackageWireTests {
    /// One of every block and inline kind, nested, with CJK text and a binary resource.
    static let sample: BidPackage = {
        let inlines: [Inline] = [
            .text("投标人 "), .strong([.text("某某科技"), .emphasis([.text("有限公司")])]), .underline([.text("u")]),
            .strikethrough([.text("删除")]), .code("x=1"), .link(url: "https://example.com", content: [.text("链接")]),
            .lineBreak, .softBreak,
        ]
        let table = Table(
            columns: [.init(alignment: .left, weight: 3), .init(alignment: .right, weight: 1)],
            header: [Table.Row([Table.Cell("名称"), Table.Cell("金额")])],
            body: [Table.Row([Table.Cell(blocks: [.paragraph(Paragraph(inlines))], colspan: 1, rowspan: 2), Table.Cell("1.00")])],
            footer: [Table.Row([Table.Cell("合计", colspan: 2)])], caption: "表 1", role: "price-schedule")
        let blocks: [Block] = [
            .heading(Heading(level: 3, number: "（一）", anchor: "s-1", content: inlines)),
            .paragraph(Paragraph(inlines, alignment: .center)),
            .list(ListBlock(ordered: true, start: 3, items: [[.paragraph(Paragraph([.text("a")])),
                                                              .list(ListBlock(ordered: false, items: [[.thematicBreak]]))]])),
            .table(table), .image(Image(resource: "images/a.png", alt: "拓扑", title: "图 1")),
            .quote([.paragraph(Paragraph([.text("引用")]))]), .code(CodeBlock(language: "yaml", text: "a: 1\nb: 2")),
            .thematicBreak, .pageBreak,
            .signature(Signature(slots: [.init(kind: .seal, label: "投标人（盖章）", value: "某某"), .init(kind: .date, label: "日期")])),
            .toc([TocEntry(level: 1, number: "第一章", title: "商务部分", anchor: "commercial")]),
            .paragraph(Paragraph([.text("致：")], alignment: .left, format: ParagraphFormat(
                indentLeft: 420, indentRight: -120, firstLine: -420, spaceBefore: 60, spaceAfter: 0,
                lineSpacing: LineSpacing(rule: .exact, value: 440)))),
            .table(Table(
                columns: [.init(alignment: .center, weight: 27, width: 2400), .init(weight: 73)],
                header: [Table.Row([Table.Cell(blocks: [], fill: "D9D9D9"), Table.Cell("姓名")], height: RowHeight(value: 680))],
                body: [Table.Row([Table.Cell(blocks: [], fill: ""), Table.Cell("签字")], height: RowHeight(value: 567, exact: true))])),
            .table(Table(columns: [.init(weight: 20), .init(alignment: .left, weight: 10, width: 1800, noWrap: true)],
                         body: [Table.Row([Table.Cell("问题"), Table.Cell("requirements.yaml:4:5")])], caption: "检查结果")),
        ]
        return BidPackage(
            metadata: Metadata(projectID: "p", title: "项目", language: "zh", template: "cn-goods", tenderNumber: "ZB-1",
                               buyer: "买方", agent: "代理", bidder: "卖方", date: "2026-12-08", deadline: "2026-12-10T09:30:00+08:00",
                               currency: "CNY", fields: [Field("copy", "正本")]),
            frontMatter: FrontMatter(
                cover: Cover(copy: "正本", title: "项目", kind: "投标文件", volume: "技术标",
                             lines: [.init(key: "bidder", label: "投标人", value: "卖方", note: "（盖章）"), .init(key: "signatory", label: "签字", value: "")]),
                contents: Section(id: "t", title: "目录", number: "", kind: "toc",
                                  blocks: [.toc([TocEntry(level: 2, number: "一、", title: "投标函", anchor: "s", page: "3")])]),
                labels: Labels([Field("page", "第 {n} 页"), Field("a-custom-label", "自定义")])),
            parts: [Part(id: "commercial", title: "商务部分", number: "第一章",
                         sections: [Section(id: "s", title: "投标函", number: "一、", kind: "markdown", source: "a.md", blocks: blocks)])],
            resources: [Resource(id: "images/a.png", mediaType: "image/png", data: [0x89, 0x50, 0, 255])])
    }()

    @Test func roundTripsEveryKind() throws {
        let bytes = PackageWire.encode(Self.sample)
        #expect(Array(bytes.prefix(4)) == Array("BKPG".utf8))
        #expect(try PackageWire.decode(bytes) == Self.sample)
    }

    /// Content without source formatting keeps the 1.0 tags (a 1.0 plugin still reads it): a plain
    /// paragraph is tag 1, a plain table tag 3; formatted ones are 14 and 15 (12 and 13 are figures and labelled tables).
    @Test func sourceFormattingUsesItsOwnTags() {
        func tag(_ block: Block) -> UInt8? {
            var w = WireWriter()
            block.write(to: &w)
            return w.bytes.first
        }
        let plain = Paragraph([.text("a")])
        var formatted = plain
        formatted.format = ParagraphFormat()
        #expect(tag(.paragraph(plain)) == 1)
        #expect(tag(.paragraph(formatted)) == 14)
        let table = Table(columns: [.init()], body: [Table.Row([Table.Cell("x")])])
        var filled = table
        filled.body[0].cells[0].fill = ""
        var tall = table
        tall.body[0].height = RowHeight(value: 680)
        var wide = table
        wide.columns[0].width = 2400
        #expect(tag(.table(table)) == 3)
        #expect([filled, tall, wide].map { tag(.table($0)) } == [15, 15, 15])
        // A column that must not wrap (2.1) is tag 16, and only then.
        var unwrapped = table
        unwrapped.columns[0].noWrap = true
        #expect(tag(.table(unwrapped)) == 16)
        // A form table with a label keeps both through the wire.
        var labelled = wide
        labelled.label = "表 1"
        labelled.anchor = "form-table"
        var w = WireWriter()
        Block.table(labelled).write(to: &w)
        var r = WireReader(w.bytes)
        #expect((try? Block(from: &r)) == .table(labelled))
    }

    @Test func encodingIsDeterministic() {
        #expect(PackageWire.encode(Self.sample) == PackageWire.encode(Self.sample))
    }

    @Test func rejectsAnotherMajorVersion() {
        var bytes = PackageWire.encode(Self.sample)
        bytes[4] = UInt8(PackageWire.majorVersion + 1)
        #expect(throws: WireError.self) { try PackageWire.decode(bytes) }
        do { _ = try PackageWire.decode(bytes) } catch { #expect("\(error)".contains("version \(PackageWire.majorVersion + 1) is not supported")) }
    }

    @Test func rejectsBadMagicAndTrailingBytes() {
        #expect(throws: WireError.self) { try PackageWire.decode(Array("JUNK".utf8) + [1, 0]) }
        #expect(throws: WireError.self) { try PackageWire.decode(PackageWire.encode(Self.sample) + [0]) }
        #expect(throws: WireError.self) { try PackageWire.decode([]) }
    }

    /// Every truncation of a valid package is a thrown error, never a trap.
    @Test func everyTruncationThrows() {
        let bytes = PackageWire.encode(Self.sample)
        for n in 0..<bytes.count {
            #expect(throws: WireError.self) { try PackageWire.decode(Array(bytes.prefix(n))) }
        }
    }

    /// Flipped bytes either decode to something or throw; nothing traps or allocates absurdly.
    @Test func corruptedBytesNeverTrap() {
        let bytes = PackageWire.encode(Self.sample)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            var copy = bytes
            let i = Int(state >> 33) % copy.count
            copy[i] = UInt8(truncatingIfNeeded: state >> 17)
            _ = try? PackageWire.decode(copy)
        }
    }

    @Test func varintsCoverTheFullRange() throws {
        var w = WireWriter()
        for v in [0, 1, 127, 128, 300, Int.max, -1, Int.min] { w.varint(v) }
        var r = WireReader(w.bytes)
        for v in [0, 1, 127, 128, 300, Int.max, -1, Int.min] { #expect(try r.varint() == v) }
        #expect(r.isAtEnd)
    }
}
