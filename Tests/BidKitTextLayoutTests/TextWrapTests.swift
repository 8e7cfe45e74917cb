import Testing
import BidKitTextLayout

@Suite struct TextWrapTests {
    @Test func latinBreaksAtSpaces() {
        let lines = TextWrap.wrap("The quick brown fox jumps over the lazy dog", width: 10)
        #expect(lines == ["The quick", "brown fox", "jumps over", "the lazy", "dog"])
    }

    @Test func shortTextIsOneLine() {
        #expect(TextWrap.wrap("hello", width: 80) == ["hello"])
        #expect(TextWrap.wrap("", width: 80) == [])
    }

    @Test func cjkBreaksBetweenCharacters() {
        let lines = TextWrap.wrap("我公司承诺按招标文件要求提供服务", width: 10)
        #expect(lines == ["我公司承诺", "按招标文件", "要求提供服", "务"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 10 })
    }

    @Test func mixedTextKeepsLatinWordsWhole() {
        let lines = TextWrap.wrap("设备支持ONVIF协议和H.265编码", width: 12)
        #expect(lines == ["设备支持", "ONVIF协议和", "H.265编码"])
    }

    @Test func closingPunctuationHangsRatherThanStartingALine() {
        // "。" would start line 2; it hangs on line 1 instead (one character past the margin).
        let lines = TextWrap.wrap("质量合格。交货及时", width: 8)
        #expect(lines == ["质量合格。", "交货及时"])
        #expect(!lines.contains { $0.hasPrefix("。") })
    }

    @Test func strictKinsokuCarriesTheLastCharacterDown() {
        let lines = TextWrap.wrap("质量合格。交货及时", width: 8, kinsoku: .strict)
        #expect(lines == ["质量合", "格。交货", "及时"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 8 })
    }

    @Test func noLineStartsWithClosingOrEndsWithOpeningPunctuation() {
        let text = "本项目（以下简称“项目”）的工期为九十日历天，质保期为三年；验收标准见《技术规范》。"
        for width in 6...30 {
            for kinsoku in [TextWrap.Kinsoku.hang, .strict] {
                let lines = TextWrap.wrap(text, width: width, kinsoku: kinsoku)
                #expect(lines.joined() == text)
                for line in lines.dropFirst() {
                    #expect(!"，。、；）》”".contains(line.first ?? " "), "width \(width): \(line)")
                }
                for line in lines.dropLast() {
                    #expect(!"（《“".contains(line.last ?? " "), "width \(width): \(line)")
                }
            }
        }
    }

    @Test func asciiPunctuationDoesNotHang() {
        #expect(TextWrap.wrap("abcd efgh.", width: 9) == ["abcd", "efgh."])
    }

    @Test func newlinesAreHardBreaks() {
        #expect(TextWrap.wrap("第一行\n第二行\n\n第四行\n", width: 40) == ["第一行", "第二行", "", "第四行"])
        #expect(TextWrap.wrap("a\r\nb", width: 40) == ["a", "b"])
    }

    @Test func longWordIsBrokenHardAfterSlashesAndHyphens() {
        let lines = TextWrap.wrap("see https://example.com/very/long/path ok", width: 12)
        #expect(lines == ["see", "https://", "example.com/", "very/long/", "path ok"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 12 })
        // A hyphenated word longer than the line breaks after a hyphen, not inside "trainer".
        #expect(TextWrap.wrap("Train-the-trainer sessions", width: 12) == ["Train-the-", "trainer", "sessions"])
        // Without a hyphen or slash it is cut where the line is full.
        #expect(TextWrap.wrap("abcdefghijklmnop", width: 6) == ["abcdef", "ghijkl", "mnop"])
        // A hyphen before a digit is part of a number, not a break.
        #expect(TextWrap.wrap("2026-04578", width: 6) == ["2026-0", "4578"])
    }

    @Test func hardBreaksKeepKinsoku() {
        // The chunk is cut where the line is full, but "，" never starts the next line: "Z" comes down with it.
        #expect(TextWrap.wrap("ABCDEFGHIJKLMNOPZ，", width: 16, kinsoku: .strict) == ["ABCDEFGHIJKLMNOP", "Z，"])
        // An opening bracket does not end a line.
        #expect(TextWrap.wrap("ABCDEFGHIJKLMNO（1）", width: 16, kinsoku: .strict) == ["ABCDEFGHIJKLMNO", "（1）"])
    }

    @Test func trailingSpacesAreTrimmedAndIndentKept() {
        #expect(TextWrap.wrap("  indented   text   ", width: 40) == ["  indented   text"])
        #expect(TextWrap.wrap("one two", width: 3) == ["one", "two"])
    }

    @Test func widthBelowOneStillMakesProgress() {
        #expect(TextWrap.wrap("中文", width: 0) == ["中", "文"])
    }
}
