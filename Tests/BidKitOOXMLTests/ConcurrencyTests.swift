@testable import BidKitOOXML
import Dispatch
import Testing

/// The core reads forms on every core at once (parallel assembly): parsing and unzipping from many
/// threads must give what one thread gives. libxml2's error handlers are per thread; this is the test
/// the thread sanitizer runs on.
@Suite struct ConcurrencyTests {
    static let inputs: [String] = [
        "<w:document \(Fixtures.ns)><w:body><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:body></w:document>",
        #"<!DOCTYPE a [<!ENTITY c SYSTEM "file:///etc/passwd">]><a>&c;</a>"#,
        "<a>\n<b></a>",
        "<a>&nbsp;</a>",
        String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300),
    ]

    static func outcome(_ xml: String) -> String {
        do {
            let package = try Fixtures.package([("word/document.xml", xml)])
            return try package.xml("word/document.xml")?.root?.name ?? "no root"
        } catch {
            return "\(error)"
        }
    }

    @Test func readingInParallelGivesWhatReadingInSeriesGives() {
        let serial = Self.inputs.map(Self.outcome)
        #expect(serial[0] == "document" && serial[1].contains("declares a DTD") && serial[4].contains("deep"))
        let rounds = 40
        let results = Results(count: rounds * Self.inputs.count)
        DispatchQueue.concurrentPerform(iterations: rounds * Self.inputs.count) { i in
            results.set(i, Self.outcome(Self.inputs[i % Self.inputs.count]))
        }
        for (i, value) in results.values.enumerated() { #expect(value == serial[i % Self.inputs.count]) }
    }

    /// One slot per iteration, written under a lock.
    final class Results: @unchecked Sendable {
        private var storage: [String]
        private let lock = DispatchSemaphore(value: 1)
        init(count: Int) { storage = Array(repeating: "", count: count) }
        func set(_ i: Int, _ value: String) {
            lock.wait()
            storage[i] = value
            lock.signal()
        }
        var values: [String] { storage }
    }
}
