import Testing
@testable import BidKitTextLayout

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumnPerCharacter() {
        #expect(DisplayWidth.of("Hello, world!") == 13)
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of(Character("A")) == 1)
    }

    @Test func cjkIsTwoColumns() {
        #expect(DisplayWidth.of("投标文件") == 8)
        #expect(DisplayWidth.of("한국어") == 6)
        #expect(DisplayWidth.of("ひらがなカタカナ") == 16)
        #expect(DisplayWidth.of("第3章 Price") == 11)
        // CJK compatibility ideograph and extension B (plane 2).
        #expect(DisplayWidth.of(Character("\u{F900}")) == 2)
        #expect(DisplayWidth.of(Character("\u{20000}")) == 2)
    }

    @Test func fullwidthAndCjkPunctuationAreTwoColumns() {
        #expect(DisplayWidth.of("，。、；：？！") == 14)
        #expect(DisplayWidth.of("（）《》「」【】") == 16)
        #expect(DisplayWidth.of("ＡＢＣ１２３") == 12)
        #expect(DisplayWidth.of("￥") == 2)
        #expect(DisplayWidth.of("\u{3000}") == 2)
    }

    @Test func narrowPunctuationStaysOneColumn() {
        // East Asian Ambiguous characters are narrow outside CJK locales.
        #expect(DisplayWidth.of("“”‘’…—·") == 7)
        #expect(DisplayWidth.of("─│┌") == 3)
    }

    @Test func combiningAndZeroWidthTakeNoColumns() {
        #expect(DisplayWidth.of("e\u{0301}") == 1)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
        #expect(DisplayWidth.of("\u{200D}") == 0)
        #expect(DisplayWidth.of(Character("\u{FE0F}")) == 0)
        #expect(DisplayWidth.of("\u{0301}") == 0)
        #expect(DisplayWidth.of("\u{0007}") == 0)
    }

    @Test func emojiPresentationIsTwoColumns() {
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)
        #expect(DisplayWidth.of("❤️") == 2)
        #expect(DisplayWidth.of("🇨🇳") == 2)
    }

    @Test func widthTablesAreSortedAndDisjoint() {
        for table in [WidthTable.zero, WidthTable.wide] {
            for (a, b) in zip(table, table.dropFirst()) {
                #expect(a.upperBound < b.lowerBound)
            }
        }
    }
}
