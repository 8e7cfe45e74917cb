import Testing
@testable import BidKit

@Suite("Rule amount-words")
struct AmountInWordsTests {
    private func letter(_ markdown: String, _ base: [String: String] = TestProject.zhFiles) throws -> [Finding] {
        try findings(["sections/letter.md": (base["sections/letter.md"] ?? "") + "\n" + markdown + "\n"], rule: AmountInWords.id, base: base)
    }

    /// Issue 10 item 1: the splitter trimmed N, I, E … off "Nine", "Eleven", "Seven", "Eight".
    @Test(arguments: ["Nine hundred thirty-two thousand four hundred dollars only (USD 932,400.00)",
                      "Eleven thousand dollars only ($11,000.00)", "Seven hundred dollars and five cents (USD 700.05)",
                      "Eight thousand euros only (€8,000.00)"])
    func wordsStartingWithTrimmedLettersAreRead(_ text: String) throws {
        #expect(try letter(text, ExampleProject.englishFiles).isEmpty, "\(text)")
    }

    @Test func everyISOCodeAndSymbolIsAFigure() throws {
        for figure in ["(GBP 932,400.00)", "£932,400.00", "（GBP 932,400.00）", "932,400.00 GBP"] {
            let wrong = figure.replacingOccurrences(of: "932,400.00", with: "932,400.10")
            let f = try letter("Nine hundred thirty-two thousand four hundred pounds only \(wrong)", ExampleProject.englishFiles)
            #expect(f.count == 1 && f.first?.message.contains("= 932,400.00") == true, "\(figure): \(f.map(\.message))")
            #expect(try letter("Nine hundred thirty-two thousand four hundred pounds only \(figure)", ExampleProject.englishFiles).isEmpty, "\(figure)")
        }
        #expect(try letter("Twenty thousand Singapore dollars only (SGD 20,000.00); Five hundred thousand yen only (JPY 500,000)",
                           ExampleProject.englishFiles).isEmpty)
        #expect(try letter("Twenty thousand Singapore dollars only (SGD 20,100.00)", ExampleProject.englishFiles).count == 1)
    }

    @Test func wordsAndFigureInDifferentCurrenciesDisagree() throws {
        let f = try letter("Nine hundred pounds only (USD 900.00)", ExampleProject.englishFiles)
        #expect(f.count == 1 && f.first?.message.contains("is in GBP but the figure beside it, 'USD 900.00', is in USD") == true, "\(f.map(\.message))")
        #expect(try letter("人民币玖佰元整（€900.00）").count == 1)
    }

    @Test func eitherOrderAndItsColumn() throws {
        let f = try letter("投标保证金 ¥20,000.00（大写：人民币贰万零壹元整）")
        #expect(f.count == 1)
        #expect(f.first?.location?.line == 16 && f.first?.location?.column == 21, "\(String(describing: f.first?.location))")
    }

    /// Issue 10 item 6: in a table the 大写 row and the 小写 row of one amount are paired across rows.
    @Test func tableRowsArePairedAcrossRows() throws {
        let table = "| 项目 | 内容 |\n|---|---|\n| 投标总价（小写） | ¥13,512.77 |\n| 投标总价（大写） | 人民币壹万叁仟伍佰壹拾贰元柒角整 |"
        let f = try letter(table)
        #expect(f.count == 1 && f.first?.message.contains("表格“投标总价（大写）”一行") == true, "\(f.map(\.message))")
        #expect(f.first?.location?.line == 19, "\(String(describing: f.first?.location))")
        let right = table.replacingOccurrences(of: "柒角整", with: "柒角柒分")
        #expect(try letter(right).isEmpty)
        // Columns too: a words cell and a money cell in one row of a form's table.
        let row = "| 投标保证金 | ¥20,000.00 | 人民币贰万元整 |\n|---|---|---|\n| 履约保证金 | ¥10,000.00 | 人民币壹万伍仟元整 |"
        #expect(try letter(row).count == 1)
    }
}
