import Testing
@testable import BidKit

@Suite("Rule required-documents")
struct RequiredDocumentsTests {
    @Test func requiredDocumentNotCovered() throws {
        let f = try findings(["bid.yaml": TestProject.bid(replacing: ", covers: [D-02]", with: "")], rule: RequiredDocuments.id)
        #expect(f.count == 1)
        #expect(f.first?.requirement == "D-02" && f.first?.severity == .error)
        #expect(f.first?.location?.file.hasSuffix("requirements.yaml") == true && f.first?.location?.line == 3)
    }

    @Test func requiredDocumentCoveredByAnEmptySection() throws {
        let f = try findings(["sections/letter.md": "# 只有标题\n"], rule: RequiredDocuments.id)
        #expect(f.count == 1)
        #expect(f.first?.section == "letter" && f.first?.english.contains("is empty") == true)
    }
}
