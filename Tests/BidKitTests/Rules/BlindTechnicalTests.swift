import Testing
@testable import BidKit

/// Issue 10 item 15: a blind technical volume (暗标) names no bidder, person, phone, certificate, logo.
@Suite("Rule blind-technical")
struct BlindTechnicalTests {
    private func solution(_ markdown: String, blind: Bool = true) throws -> [Finding] {
        var bid = (TestProject.bidYAML + """
              - id: technical
                title: 技术部分
                sections:
                  - {id: solution, title: 技术方案, source: sections/solution.md, owner: 周明, due: 2026-12-05, status: done}

            """)
            .replacingOccurrences(of: "  address: 某市创新路 1 号\n", with: "  address: 某市创新路 1 号\n  contact: {name: 陈志远, phone: 0575-86627788}\n")
            .replacingOccurrences(of: "  validity_days: 120\n", with: "  validity_days: 120\n  qualifications:\n    - {id: iso, name: ISO 9001, number: 05425Q30871R2M}\n")
        if blind { bid = bid.replacingOccurrences(of: "  validity_days: 90\n", with: "  validity_days: 90\n  blind_technical: true\n") }
        return try findings(["bid.yaml": bid, "sections/solution.md": "# 方案\n\n" + markdown + "\n"], rule: BlindTechnical.id)
    }

    @Test(arguments: ["由{{bidder.name}}实施", "由某某科技实施", "联系人陈志远", "法定代表人{{bidder.legal_representative}}", "项目经理周明",
                      "电话 0575-86627788", "手机 13812345678", "邮箱 a.b@example.com", "证书编号 05425Q30871R2M"])
    func identifyingTextIsFlaggedAtItsLine(_ text: String) throws {
        let f = try solution(text)
        #expect(f.count == 1, "\(text): \(f.map(\.message))")
        #expect(f.first?.location?.file.hasSuffix("solution.md") == true && f.first?.location?.line == 3)
    }

    @Test func sealsAndLogosAreFlaggedAndNothingWithoutTheTenderAsking() throws {
        #expect(try solution("```signature\nseal: bidder\nsigner: legal-representative\n```").count == 1)
        #expect(try solution("本方案由{{bidder.name}}实施。", blind: false).isEmpty)
        #expect(try solution("本方案采用星光级摄像机，7×24 小时录像，存储 90 天，GB/T 28181-2022。").isEmpty)
        // The commercial part still names the bidder: only the technical part is blind.
        #expect(try solution("技术方案正文。").isEmpty)
    }
}
