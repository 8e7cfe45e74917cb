import BidKitTestSupport
import Foundation
import Testing
@testable import BidKit

/// Issue 10 item 14: a model or quantity in a technical table that differs from the price list.
@Suite("Rule price-technical")
struct PriceTechnicalTests {
    static let sample = TestPaths.packageRoot + "/Samples/substation-video-tender"

    /// The sample's own equipment table, with one model and one quantity changed.
    @Test func theSampleEquipmentTableIsComparedWithItsPriceList() throws {
        let tmp = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: Self.sample, toPath: tmp.path + "/p")
        let file = tmp.path + "/p/sections/technical/equipment.md"
        var text = try String(contentsOfFile: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "| 9 | 核心交换机 | RX-S7606 |", with: "| 9 | 核心交换机 | RX-S7706 |")
            .replacingOccurrences(of: "红外 30 m，内置拾音器 | 30 | 台 |", with: "红外 30 m，内置拾音器 | 32 | 台 |")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let bid = Assembler.assemble(try ProjectLoader.loadCollecting(folder: tmp.path + "/p"))
        let f = Checker.check(bid, asOf: TestProject.checkDay).findings.filter { $0.rule == PriceTechnical.id }
        // A Chinese sample: the findings are in Chinese.
        #expect(f.map(\.message).sorted() == [
            "章节“主要设备技术参数”的技术表中“室内半球网络摄像机”的数量为 32，而报价表第 4 行报价数量为 30",
            "章节“主要设备技术参数”的技术表中“核心交换机”的型号为“RX-S7706”，而报价表第 14 行为“RX-S7606, 背板带宽4.8Tbps, 包转发率1440Mpps, 双主控, 双电源”",
        ], "\(f.map(\.message))")
        #expect(f.allSatisfy { $0.location?.file.hasSuffix("equipment.md") == true && ($0.location?.line ?? 0) > 0 })
    }
}
