import BidKitTestSupport
import Foundation
import Testing
@testable import BidKit

/// Issue 12 item 7: the deviation tables' 所在章节 and the compliance matrix cite a section by its
/// chapter and number ("第一章 商务部分 / 七、资格证明文件"), which is unique where the bare title is
/// not, and link to its heading (`#section-id`), so the DOCX can add a page reference and the HTML a link.
@Suite struct SectionReferenceTests {
    /// Every linked reference in the tables with `roles`: (link target, printed text).
    static func references(_ package: BidPackage, roles: Set<String>) -> [(String, String)] {
        var out: [(String, String)] = []
        for section in package.sections {
            for case .table(let table) in section.blocks where roles.contains(table.role) {
                for row in table.body {
                    for cell in row.cells {
                        for case .paragraph(let p) in cell.blocks {
                            for case .link(let url, let content) in p.content { out.append((url, content.plainText)) }
                        }
                    }
                }
            }
        }
        return out
    }

    @Test(arguments: SampleTests.samples)
    func referencesNameTheChapterAndNumberAndLinkToTheHeading(_ name: String) throws {
        let bid = try Assembler.assemble(try ProjectLoader.load(folder: SampleTests.folder(name)))
        let refs = Self.references(bid.package, roles: ["technical-deviations", "commercial-deviations", "compliance-matrix"])
        #expect(refs.count >= 10)
        for (url, text) in refs {
            let id = String(url.dropFirst())
            #expect(url.hasPrefix("#"))
            if let part = bid.package.parts.first(where: { $0.sections.contains { $0.id == id } }),
               let section = part.sections.first(where: { $0.id == id }) {
                let expected = bid.project.language == .zh ? "\(part.numberedTitle) / \(section.numberedTitle)" : section.numberedTitle
                #expect(text == expected)
            } else {
                #expect(bid.package.frontMatter.contents?.id == id, "\(url) points at no section")
            }
        }
        // Two sections never print the same reference.
        var byText: [String: Set<String>] = [:]
        for (url, text) in refs { byText[text, default: []].insert(url) }
        #expect(byText.values.allSatisfy { $0.count == 1 })
    }

    /// Chinese sections are numbered within their chapter: the same "一、" in two chapters.
    @Test func sameNumberInTwoChaptersIsTold() throws {
        let places = SectionPlaces(try ProjectLoader.load(folder: SampleTests.folder("substation-video-tender")))
        let firsts = places.all.filter { $0.path.last == 1 }.compactMap { places.reference(to: $0.plan.id) }
        #expect(firsts.count >= 2)
        #expect(Set(firsts.map { [$0].plainText }).count == firsts.count)
        #expect(firsts.allSatisfy { [$0].plainText.contains(" / 一、") })
    }

    /// What the text renderer prints for an internal link: the reference, not `<#id>`.
    @Test func textPrintsTheReferenceWithoutTheAnchor() throws {
        let tmp = try TemporaryDirectory()
        let r = try CLI.run(["build", SampleTests.folder("substation-video-tender"), "--format", "txt", "--out", tmp.path])
        #expect(r.status == 0, "\(r.output)")
        let text = try String(contentsOfFile: tmp.path + "/substation-video-2026.txt", encoding: .utf8)
        #expect(!text.contains("<#"))
        #expect(!text.contains("#tech-"), "an anchor id is printed")
    }
}
