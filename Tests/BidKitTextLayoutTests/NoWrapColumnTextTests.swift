import BidKitPluginSDK
import Testing
@testable import TextRenderer

/// Issue 15 item 12: a location (`sections/…/x.md:12:3`) in the check report is printed whole on its
/// line; only the message beside it wraps. A column marked `noWrap` in the model keeps its cells on
/// one line, in a squeezed table and in a stacked one.
@Suite struct NoWrapColumnTextTests {
    static let location = "sections/technical/architecture-overview.md:123:45"

    static func findings(columns: Int, noWrap: Bool) -> Block {
        let message = "实质性条款 T-01“摄像机有效像素不低于 400 万”没有响应，请在响应表中补充我方响应"
        let cells = Array(repeating: "错误", count: columns - 2) + [message, location]
        return .table(Table(columns: (0..<columns).map { .init(alignment: .left, weight: 10, noWrap: noWrap && $0 == columns - 1) },
                            header: [Table.Row((0..<columns).map { Table.Cell("列\($0)") })],
                            body: [Table.Row(cells.map { Table.Cell($0) })]))
    }

    private func lines(_ block: Block, width: Int) -> [String] {
        BlockText(settings: TextSettings(width: width, labels: StandardWording.labels(language: "zh"))).lines(for: block, width: width)
    }

    @Test(arguments: [(2, 40), (2, 64), (5, 60), (5, 80)])
    func aLongLocationStaysOnOneLine(columns: Int, width: Int) {
        let out = lines(Self.findings(columns: columns, noWrap: true), width: width)
        #expect(out.contains { $0.contains(Self.location) }, "\(out.joined(separator: "\n"))")
        // The message wraps instead: the frame stays whole, no wider than the location, a narrow
        // column beside it and the rules need.
        let widths = Set(out.map { DisplayWidth.of($0) })
        #expect(widths.count == 1 && widths.allSatisfy { $0 <= max(width, DisplayWidth.of(Self.location) + 12) }, "\(out.joined(separator: "\n"))")
    }

    @Test func withoutTheFlagTheLocationWraps() {
        let out = lines(Self.findings(columns: 2, noWrap: false), width: 40)
        #expect(!out.contains { $0.contains(Self.location) }, "the flag made no difference: \(out.joined(separator: "\n"))")
    }
}
