import Foundation
import Testing
@testable import BidKit

/// Issue 15 items 3 and 4: pictures found where authors put them, in the formats they have, and the
/// Markdown proposals use — footnotes, task lists, numbered captions, cross-references, page breaks —
/// with anything unsupported named once per section, never printed as source.
@Suite("Markdown for proposals: pictures, footnotes, captions, cross-references")
struct ProposalMarkdownTests {
    private func section(_ markdown: String, language: String = "zh", images: [String: [UInt8]] = [:],
                         file: String = "sections/letter.md") throws -> (blocks: [Block], bid: AssembledBid) {
        var yaml = TestProject.bid(replacing: "source: sections/letter.md", with: "source: \(file)")
        if language == "en" { yaml = yaml.replacingOccurrences(of: "language: zh", with: "language: en") }
        let files: [String: String?] = [file: markdown, "bid.yaml": yaml]
        let p = try TestProject(files)
        for (path, bytes) in images { try p.writeBytes(path, bytes) }
        let bid = try p.assemble()
        return (try #require(bid.package.sections.first { $0.id == "letter" }).blocks, bid)
    }

    // MARK: item 3 — pictures

    @Test func aPictureIsFoundBesideTheSectionThenFromTheProjectRoot() throws {
        let (blocks, bid) = try section("![拓扑](images/topo.png)\n", images: ["images/topo.png": pngBytes()], file: "sections/technical/letter.md")
        #expect(blocks.contains { if case .image(let i) = $0 { return i.resource == "images/topo.png" }; return false })
        #expect(bid.package.resources.map(\.id) == ["images/topo.png"])
        // Beside the file wins when both exist.
        let (_, both) = try section("![拓扑](images/topo.png)\n",
                                    images: ["images/topo.png": pngBytes(), "sections/technical/images/topo.png": pngBytes(width: 3)],
                                    file: "sections/technical/letter.md")
        #expect(both.package.resources.map(\.id) == ["sections/technical/images/topo.png"])
    }

    @Test func aMissingPictureSaysWhereItLookedOnce() throws {
        let p = try TestProject(["bid.yaml": TestProject.bid(replacing: "source: sections/letter.md", with: "source: sections/technical/letter.md"),
                                 "sections/technical/letter.md": "![拓扑](images/x.png)\n"])
        let e = try #require(loadError { _ = try p.assemble() })
        // Paths are shown as the user named the project folder (here the test's absolute temporary folder).
        let root = p.root.path + "/"
        #expect(e.message == "image 'images/x.png' not found: looked for \(root)sections/technical/images/x.png and \(root)images/x.png "
                + "(beside the Markdown file, then from the project folder)")
        #expect(e.location.line == 1)
    }

    @Test func gifWebPAndSVGAreAcceptedByContent() throws {
        let gif = Array("GIF89a".utf8) + [4, 0, 2, 0, 0, 0, 0]
        let webp = Array("RIFF".utf8) + [20, 0, 0, 0] + Array("WEBPVP8 ".utf8) + [UInt8](repeating: 0, count: 12)
        let svg = Array("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"5\"><rect width=\"10\" height=\"5\" fill=\"url(#g)\"/></svg>".utf8)
        let (_, bid) = try section("![a](../images/a.gif)\n\n![b](../images/b.webp)\n\n![c](../images/c.svg)\n",
                                   images: ["images/a.gif": gif, "images/b.webp": webp, "images/c.svg": svg])
        #expect(bid.package.resources.map(\.mediaType) == ["image/gif", "image/webp", "image/svg+xml"])
    }

    @Test(arguments: [
        ("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "holds <script>"),
        ("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:x=\"http://www.w3.org/1999/xlink\"><image x:href=\"file:///etc/passwd\"/></svg>", "refers to another file or address"),
        ("<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@import url(http://evil.example/a.css);</style></svg>", "@import"),
        ("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect style=\"fill:url(http://evil.example/p)\"/></svg>", "in a style"),
        ("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg>&x;</svg>", "not a PNG"),
        ("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>", "not well-formed"),
    ])
    func anSVGThatCouldReachOutIsRefused(_ svg: String, _ expected: String) throws {
        let p = try TestProject(["sections/letter.md": "![图](../images/x.svg)\n"])
        try p.writeBytes("images/x.svg", Array(svg.utf8))
        let e = try #require(loadError { _ = try p.assemble() })
        #expect(e.message.contains(expected), "\(e.message)")
    }

    @Test func widthAndIdAttributesAfterAPicture() throws {
        let (blocks, _) = try section("![拓扑](../images/t.png \"拓扑\"){#fig:topo width=60%} 之后的文字\n\n![b](../images/t.png){width=8cm}\n",
                                      images: ["images/t.png": pngBytes()])
        let images = blocks.compactMap { if case .image(let i) = $0 { return i } else { return nil } }
        #expect(images.map(\.width) == [.percent(60), .micrometres(80_000)])
        #expect(images.map(\.anchor) == ["fig:topo", ""])
        #expect(blocks.contains(.paragraph(Paragraph([.text(" 之后的文字")]))))
        #expect(!Block.textUnits(blocks).joined().contains("{"))
    }

    // MARK: item 4 — footnotes, task lists, captions, cross-references, page breaks

    @Test func footnotesCarryTheirTextWhereTheyAreReferenced() throws {
        let (blocks, _) = try section("正文[^a]，另见[^b]。\n\n[^b]: 第二条。\n[^a]: 第一条 *说明*。\n")
        guard case .paragraph(let p) = blocks.first else { Issue.record("no paragraph"); return }
        #expect(p.content.footnotes == [[.text("第一条 "), .emphasis([.text("说明")]), .text("。")], [.text("第二条。")]])
        #expect(blocks.count == 1)  // the definitions are not printed where they were written
    }

    @Test func taskListItemsShowTheirState() throws {
        let (blocks, _) = try section("- [x] 已勘察\n- [ ] 待确认\n")
        guard case .list(let l) = blocks.first else { Issue.record("no list"); return }
        #expect(l.items.map { Block.textUnits($0).joined() } == ["☑ 已勘察", "☐ 待确认"])
    }

    @Test func captionsAreNumberedAndReferencesBecomeTheNumber() throws {
        let md = """
            # 架构 {#sec:arch}

            见[@fig:topo]与 @tbl:devices，及[@letter]、[@sec:arch]。

            ![拓扑](../images/t.png "网络拓扑"){#fig:topo}

            ![第二](../images/t.png "图 7 另一张")

            | 设备 | 数量 |
            |---|---:|
            | 摄像机 | 10 |

            Table: 主要设备 {#tbl:devices}
            """
        let (blocks, _) = try section(md, images: ["images/t.png": pngBytes()])
        let images = blocks.compactMap { if case .image(let i) = $0 { return i } else { return nil } }
        #expect(images.map(\.captionLine) == ["图 1 网络拓扑", "图 2 另一张"])  // the author's own "图 7" gives way
        guard let table = blocks.compactMap({ if case .table(let t) = $0 { return t } else { return nil } }).first else { Issue.record("table"); return }
        #expect(table.captionLine == "表 1 主要设备" && table.anchor == "tbl:devices")
        guard case .heading(let h) = blocks[0], case .paragraph(let p) = blocks[1] else { Issue.record("layout"); return }
        #expect(h.anchor == "sec:arch")
        let refs = p.content.compactMap { if case .reference(let r) = $0 { return r } else { return nil } }
        #expect(refs.map(\.text) == ["图 1", "表 1", "一、投标函", "（一）架构"])
        #expect(refs.map(\.anchor) == ["fig:topo", "tbl:devices", "letter", "sec:arch"])
        #expect(refs.allSatisfy { $0.page == "（第 {n} 页）" })
        #expect(p.content.plainText == "见图 1与 表 1，及一、投标函、（一）架构。")
    }

    @Test func englishNumbersSayFigureTableAndSection() throws {
        let (blocks, _) = try section("# Layout\n\nSee [@fig:a], [@tbl:b] and [@letter].\n\n![a](../images/t.png){#fig:a}\n\n| x |\n|---|\n| 1 |\n\n: Devices {#tbl:b}\n",
                                      language: "en", images: ["images/t.png": pngBytes()])
        guard case .paragraph(let p) = blocks[1] else { Issue.record("paragraph"); return }
        #expect(p.content.plainText == "See Figure 1, Table 1 and Section 1.1.")
        guard case .paragraph = blocks.last else { return }
        Issue.record("the caption paragraph should have become the table's caption")
    }

    @Test func anUnknownReferenceIsALoadErrorAtTheMarker() throws {
        let p = try TestProject(["sections/letter.md": "第一行\n\n见 [@fig:topp]。\n\n![a](../images/t.png){#fig:topo}\n"])
        try p.writeBytes("images/t.png", pngBytes())
        let e = try #require(loadError { _ = try p.assemble() })
        #expect(e.location.file.hasSuffix("sections/letter.md") && e.location.line == 3 && e.location.column == 3)
        #expect(e.message.contains("unknown cross-reference '@fig:topp'") && e.message.contains("did you mean 'fig:topo'?"))
    }

    @Test func pageBreakMarkers() throws {
        let (blocks, _) = try section("甲\n\n\\newpage\n\n乙\n\n<!-- pagebreak -->\n\n丙\n\n\\pagebreak\n")
        #expect(blocks.filter { $0 == .pageBreak }.count == 3)
    }

    @Test func unsupportedMarkdownIsLeftOutAndNamedOncePerSection() throws {
        let (blocks, bid) = try section("<div>块</div>\n\n文字 <span>内联</span> 换行<br>第二行 <sup>x</sup>\n\n![a](../images/t.png){.wide}\n",
                                        images: ["images/t.png": pngBytes()])
        let text = Block.textUnits(blocks).joined(separator: "\n")
        #expect(!text.contains("<") && !text.contains("{"))
        #expect(text.contains("文字 内联 换行\n第二行 x"))
        let warnings = bid.warnings.filter { $0.contains("sections/letter.md") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("raw HTML") == true && warnings.first?.contains(".wide") == true)
    }

    @Test func aPicturesPNGCopyCountsAsUsedSoAVolumeKeepsIt() {
        let blocks: [Block] = [.quote([.image(Image(resource: "t.svg", alt: "a", fallback: "t.svg.png"))]), .image(Image(resource: "p.png", alt: "b"))]
        #expect(Block.resourceIDs(in: blocks) == ["t.svg", "t.svg.png", "p.png"])
    }
}
