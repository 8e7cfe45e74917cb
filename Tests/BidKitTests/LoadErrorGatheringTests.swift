import Foundation
import BidKitTestSupport
import Testing
@testable import BidKit

/// Issue 15 item 7: bid.yaml (and the requirements file) report every independent error in one run,
/// in file order, also inside one block; an error caused by an earlier one is not repeated.
@Suite("Load errors: all of them, in file order")
struct LoadErrorGatheringTests {
    /// Every error the project's load throws, as `line: message` of the file `name`.
    private func errors(_ p: TestProject, in name: String = "bid.yaml") -> [(line: Int, message: String)] {
        do {
            _ = try p.load()
            return []
        } catch let many as LoadErrors {
            return many.errors.filter { $0.location.file.hasSuffix(name) }.map { ($0.location.line, $0.message) }
        } catch let one as LoadError {
            return one.location.file.hasSuffix(name) ? [(one.location.line, one.message)] : []
        } catch {
            return [(0, "\(error)")]
        }
    }

    private func all(_ p: TestProject) -> [LoadError] {
        do {
            _ = try p.load()
        } catch let many as LoadErrors {
            return many.errors
        } catch let one as LoadError {
            return [one]
        } catch {}
        return []
    }

    @Test func errorsInTheSameAndInDifferentBlocksComeTogetherInFileOrder() throws {
        let yaml = TestProject.bid(replacing: "date: 2026-12-08", with: "date: 2026-12-32")
            .replacingOccurrences(of: "  validity_days: 90", with: "  validity_days: ninety\n  lott: 1")
            .replacingOccurrences(of: "tax_rate: 0.13", with: "tax_rate: 0.13\n  curency: CNY")
            .replacingOccurrences(of: "unit_price: 1234.56", with: "unit_price: 12x4.56")
            .replacingOccurrences(of: "unit_price: 3.33, amount", with: "unit_price: -3.33, amount")
            .replacingOccurrences(of: "owner: 张伟, due: 2026-12-01", with: "owner: 张伟, due: 2026-13-01")
            .replacingOccurrences(of: "owner: 李娜, due: 2026-12-05, status: review", with: "owner: 李娜, due: 2026-12-05, status: reviewed")
            .replacingOccurrences(of: "owner: 李娜, due: 2026-12-05, status: done", with: "owner: 李娜, due: 5 Dec, status: done")
        let p = try TestProject(["bid.yaml": yaml])
        let found = errors(p)
        let messages = found.map(\.message)
        #expect(found.count == 9, "\(messages)")
        #expect(found.map(\.line) == found.map(\.line).sorted(), "not in file order: \(found)")
        for part in ["'project.date'", "tender.validity_days", "unknown key 'lott'", "unknown key 'curency'", "'12x4.56'",
                     "must not be negative", "'due' in section 'toc'", "'reviewed'", "'due' in section 'prices'"] {
            #expect(messages.contains { $0.contains(part) }, "no error mentions \(part): \(messages)")
        }
    }

    @Test func aMisspelledRequiredKeyIsOneErrorNotTwo() throws {
        let yaml = TestProject.bid(replacing: "  buyer: 某供电公司", with: "  buyr: 某供电公司")
        let found = errors(try TestProject(["bid.yaml": yaml]))
        #expect(found.count == 1 && found.first?.message.contains("unknown key 'buyr'") == true
                && found.first?.message.contains("'buyer'") == true, "\(found)")
    }

    @Test func volumesAreCheckedWhenPartsFailAgainstThePartsWrittenThere() throws {
        let yaml = TestProject.bid(replacing: "owner: 张伟, due: 2026-12-01", with: "owner: 张伟, due: someday")
            + "volumes:\n  商务标: [commercial]\n  技术标: [technical]\n  商务标2: [commercial]\n"
        let found = errors(try TestProject(["bid.yaml": yaml]))
        let messages = found.map(\.message)
        // The part that failed to load is still known by its id: no "not in 'parts'" for commercial.
        #expect(found.count == 3, "\(messages)")
        #expect(messages.contains { $0.contains("'due' in section 'toc'") })
        #expect(messages.contains { $0.contains("names part 'technical', which is not in 'parts'") })
        #expect(messages.contains { $0.contains("part 'commercial' is in volume '商务标' and in '商务标2'") })
    }

    @Test func aReferenceToWhatFailedToLoadIsNotReportedAgain() throws {
        // The section 'letter' fails (its status); a response points at it and is not "unknown section".
        // The requirement T-02 fails (its kind); the response to it is not "unknown requirement id".
        let yaml = TestProject.bid(replacing: "status: review", with: "status: reviewed")
        let requirements = TestProject.requirementsYAML
            .replacingOccurrences(of: "{id: T-02, kind: clause", with: "{id: T-02, kind: clauses")
            .replacingOccurrences(of: "{requirement: T-01, response: comply", with: "{requirement: T-01, response: complies")
        let p = try TestProject(["bid.yaml": yaml, "requirements.yaml": requirements])
        let found = all(p)
        #expect(found.count == 3, "\(found)")
        #expect(found.first?.location.file.hasSuffix("bid.yaml") == true && found.first?.message.contains("'reviewed'") == true)
        #expect(found.dropFirst().allSatisfy { $0.location.file.hasSuffix("requirements.yaml") })
        #expect(found.contains { $0.message.contains("'clauses'") } && found.contains { $0.message.contains("'complies'") })
        #expect(!found.contains { $0.message.contains("unknown") }, "\(found)")
    }

    @Test func referencesAreStillCheckedWhenAnotherBlockFails() throws {
        let yaml = TestProject.bid(replacing: "tax_rate: 0.13", with: "tax_rate: lots")
            .replacingOccurrences(of: "covers: [D-01]", with: "covers: [D-09]")
        let found = all(try TestProject(["bid.yaml": yaml]))
        #expect(found.count == 2, "\(found)")
        #expect(found.first?.message.contains("'lots'") == true && found.last?.message.contains("unknown requirement id 'D-09'") == true)
    }

    @Test func everyBadTaskAndRequirementIsReported() throws {
        let yaml = TestProject.bidYAML + """
            tasks:
              - {id: proofread, title: 校稿, owner: 张海涛, due: 2026-12-40, status: todo}
              - {id: seal, title: 盖章, owner: 张海涛, due: 2026-12-08, status: finished}

            """
        let requirements = TestProject.requirementsYAML
            .replacingOccurrences(of: "text: 投标函, mandatory: true", with: "text: 投标函, mandatory: maybe")
            .replacingOccurrences(of: "text: 存储不少于 90 天", with: "txt: 存储不少于 90 天")
        let found = all(try TestProject(["bid.yaml": yaml, "requirements.yaml": requirements]))
        #expect(found.count == 4, "\(found)")
        #expect(found.prefix(2).allSatisfy { $0.location.file.hasSuffix("bid.yaml") }, "bid.yaml first: \(found)")
    }
}
