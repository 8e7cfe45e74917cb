import Foundation
@testable import BidKit

/// A small, valid bid project written to a fresh temporary folder (removed when released);
/// tests change one file to make it defective.
final class TestProject {
    let root: URL
    var path: String { root.path }

    static let bidYAML = """
        project:
          id: mini
          name: 测试项目
          language: zh
          date: 2026-12-08
        tender:
          number: ZB-1
          buyer: 某供电公司
          deadline: 2026-12-10T09:30:00+08:00
          validity_days: 90
          ceiling: 15000
          requirements: requirements.yaml
        bidder:
          name: 某某科技有限公司
          legal_representative: 王建国
          # no authorized_agent: the legal representative signs everything
          address: 某市创新路 1 号
          validity_days: 120
        pricing:
          tax_rate: 0.13
          items:
            - {name: 摄像机, unit: 台, quantity: 10, unit_price: 1234.56, unit_cost: 900}
            - {name: 光缆, unit: m, quantity: 350.5, unit_price: 3.33, amount: 1167.17}
          stated_total: 13512.77
        parts:
          - id: commercial
            title: 商务部分
            sections:
              - {id: toc, title: 目录, generate: toc, owner: 张伟, due: 2026-12-01, status: done}
              - {id: letter, title: 投标函, source: sections/letter.md, owner: 李娜, due: 2026-12-05, status: review, covers: [D-01]}
              - {id: prices, title: 分项报价表, generate: price-schedule, owner: 李娜, due: 2026-12-05, status: done, covers: [D-02]}

        """

    static let requirementsYAML = """
        requirements:
          - {id: D-01, kind: document, text: 投标函, mandatory: true}
          - {id: D-02, kind: document, text: 分项报价表, mandatory: true}
          - {id: T-01, kind: clause, category: technical, text: 摄像机像素不低于 400 万, mandatory: true}
          - {id: T-02, kind: clause, category: technical, text: 存储不少于 90 天}
        responses:
          - {requirement: T-01, response: comply, section: letter}
          - {requirement: T-02, response: positive-deviation, offer: 180 天, section: letter}

        """

    static let letterMarkdown = """
        致：{{tender.buyer}}

        我方 **{{bidder.name}}** 愿以投标总价 {{pricing.total_in_words}}（¥{{pricing.total}}）承担本项目。

        # 承诺

        1. 投标有效期 {{bidder.validity_days}} 天
           - 自投标截止之日起计算

        ```signature
        seal: bidder
        signer: legal-representative
        date: true
        ```

        """

    /// The Chinese base project's files.
    static var zhFiles: [String: String] {
        ["bid.yaml": bidYAML, "requirements.yaml": requirementsYAML, "sections/letter.md": letterMarkdown]
    }

    /// Writes the base project (`base`, by default the Chinese one) with `overrides` (path → content; nil removes the file).
    init(_ overrides: [String: String?] = [:], base: [String: String] = TestProject.zhFiles) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("bidkit-test-\(UUID().uuidString)")
        var files: [String: String?] = base
        for (k, v) in overrides { files[k] = v }
        for (relative, content) in files {
            guard let content else { continue }
            try write(relative, content)
        }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func write(_ relative: String, _ content: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(content.utf8).write(to: url)
    }

    func writeBytes(_ relative: String, _ bytes: [UInt8]) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// bid.yaml with one textual replacement (the test's defect).
    static func bid(replacing old: String, with new: String) -> String {
        precondition(bidYAML.contains(old), "fixture does not contain \(old)")
        return bidYAML.replacingOccurrences(of: old, with: new)
    }

    /// The day tests check on: before every due date of the fixture, so results do not depend on today.
    static let checkDay = CalendarDay(year: 2026, month: 12, day: 1)

    func load() throws -> Project { try ProjectLoader.load(folder: path) }
    func assemble() throws -> AssembledBid { try Assembler.assemble(try load()) }
}

/// Runs a closure expected to throw a LoadError and returns it.
func loadError(_ body: () throws -> Void) -> LoadError? {
    do {
        try body()
        return nil
    } catch let e as LoadError {
        return e
    } catch let e as LoadErrors {
        return e.errors.first
    } catch {
        return nil
    }
}

/// A minimal valid PNG of the given pixel size (IHDR only matters to renderers measuring it).
func pngBytes(width: UInt32 = 2, height: UInt32 = 1) -> [UInt8] {
    func be(_ v: UInt32) -> [UInt8] { [UInt8(v >> 24), UInt8(v >> 16 & 0xff), UInt8(v >> 8 & 0xff), UInt8(v & 0xff)] }
    return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + be(13) + Array("IHDR".utf8) + be(width) + be(height)
        + [8, 2, 0, 0, 0] + [0, 0, 0, 0]
}
