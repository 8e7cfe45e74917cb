import Testing
@testable import BidKit

/// Issue 15 item 12: every rule speaks the project's language. Each triggering example's findings
/// come with both wordings (`Wording`): the Chinese one must hold Chinese text of its own, the English
/// one none, once the text quoted from the bid ('…', “…”) is set aside.
@Suite("Rule messages in both languages")
struct RuleLanguageTests {
    /// `load` reports the loader's errors (bid.yaml, Markdown, forms), which every command prints as
    /// `file:line:col: error: message`, in English.
    static let pending: Set<String> = [
        Load.id,
    ]

    static let cases = Checker.rules.filter { !pending.contains($0.id) }.flatMap { rule in
        rule.triggering.map { RuleCase(rule: rule.id, example: $0) }
    }

    @Test(arguments: cases)
    func triggeringFindingsReadInBothLanguages(_ c: RuleCase) throws {
        let found = try ExampleProject.findings(of: c.rule, c.example)
        #expect(!found.isEmpty, "\(c) reported nothing")
        for f in found {
            guard f.code != nil else {
                Issue.record("\(c): message without a catalogue entry: \(f.message)")
                continue
            }
            let zh = f.localized(.zh).message, en = f.localized(.en).message
            #expect(Self.hasCJK(Self.unquoted(zh)), "\(c): the Chinese message has no Chinese of its own: \(zh)")
            #expect(!Self.hasCJK(Self.unquoted(en)), "\(c): the English message holds Chinese outside quotes: \(en)")
            #expect(f.message == (c.example.language == .zh ? zh : en), "\(c): not in the project's language: \(f.message)")
        }
    }

    @Test func theQuoteStripperKeepsWhatIsOutsideQuotes() {
        #expect(Self.unquoted("section '目录' is empty") == "section  is empty")
        #expect(Self.hasCJK(Self.unquoted("章节“目录”为空")) && !Self.hasCJK(Self.unquoted("line 1 '摄像机': amount")))
    }

    /// The text with '…' and “…” spans removed (the bid's own words, in whatever language it is written).
    static func unquoted(_ text: String) -> String {
        let chars = Array(text)
        var out = "", closing: Character? = nil
        for (i, ch) in chars.enumerated() {
            let before = i > 0 ? chars[i - 1] : " ", after = i + 1 < chars.count ? chars[i + 1] : " "
            if let c = closing {
                // An apostrophe inside the quote ("bidder's") does not close it.
                if ch == c, c == "”" || !after.isLetter { closing = nil }
            } else if ch == "“" {
                closing = "”"
            } else if ch == "'", !before.isLetter, !before.isNumber {
                closing = "'"
            } else {
                out.append(ch)
            }
        }
        return out
    }

    static func hasCJK(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) || (0x3000...0x303F).contains($0.value) }
    }
}
