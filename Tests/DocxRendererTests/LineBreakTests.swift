import BidKitOOXML
import BidKitPluginSDK
@testable import DocxWriter
import Testing

/// What keeps figures, codes and units whole across line breaks (issue 12, item 1): Latin text marked
/// as English in every reference, and narrow no-break spaces where a line must not split a pair.
@Suite struct LineBreakTests {
    @Test(arguments: ["cn-goods", "cn-works", "en-proposal", nil] as [String?])
    func latinTextIsNeverMarkedChinese(template: String?) throws {
        let output = try DocxWriter().renderDocx(Fixtures.zh, options: template.map(Fixtures.options) ?? [:])
        let docx = try DocxFile(output.bytes)
        let styles = try docx.xml("word/styles.xml")
        #expect(styles.string("/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val") == "en-US")
        #expect(styles.string("/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:eastAsia") == "zh-CN")
        for part in ["word/styles.xml", "word/document.xml", "word/settings.xml", "word/header1.xml", "word/footer1.xml"] {
            let xml = try docx.xml(part)
            #expect(xml.count("//w:lang[starts-with(@w:val, 'zh')] | //w:themeFontLang[starts-with(@w:val, 'zh')]") == 0, "\(part)")
        }
    }

    /// A reference saved by a Chinese Word (Latin text marked zh-CN, here on a style and in the header
    /// too) is corrected; its East Asian language is kept, or taken from the Latin slot when it had none.
    @Test func aChineseReferenceIsCorrected() throws {
        let styles = try XMLTree.builtIn(DefaultParts.styles(language: "zh")
            .replacing("w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"", with: "w:lang w:val=\"zh-CN\" w:eastAsia=\"zh-TW\"")
            .replacing("<w:name w:val=\"Title\"/>", with: "<w:name w:val=\"Title\"/><w:rPr><w:lang w:val=\"zh-CN\"/></w:rPr>"), "styles.xml")
        LatinLanguage.fix(styles)
        let text = String(decoding: styles.serialize(), as: UTF8.self)
        #expect(text.contains("<w:lang w:val=\"en-US\" w:eastAsia=\"zh-TW\""))
        #expect(text.contains("<w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>"))
        #expect(!text.contains("w:val=\"zh"))
    }

    @Test(arguments: [
        ("放 GB/T 28181 信令", "放 GB/\u{2060}T\u{202F}28181 信令"),
        ("符合 GB 50348-2018 规范", "符合 GB\u{202F}50348-2018 规范"),
        ("ISO/IEC 27001 and ISO 9001:2015", "ISO/\u{2060}IEC\u{202F}27001 and ISO\u{202F}9001:2015"),
        ("先 110 kV 站、220 kV变电站", "先 110\u{202F}kV 站、220\u{202F}kV变电站"),
        ("长延时型，5.4 kW", "长延时型，5.4\u{202F}kW"),  // glued to Chinese: U+00A0 would make LibreOffice cut it
        ("（GB/T 28181）", "（GB/\u{2060}T\u{202F}28181）"),
        ("带宽 4 Mbps/路，存储 12 TB。", "带宽 4\u{202F}Mbps/路，存储 12\u{202F}TB。"),
        ("USD 1,018,806.03 in total, 20 %", "USD\u{202F}1,018,806.03 in total, 20\u{202F}%"),
        ("(150 m)", "(150\u{202F}m)"),
        ("按 DL/T 5149 及 JGJ/T 16 执行", "按 DL/\u{2060}T\u{202F}5149 及 JGJ/\u{2060}T\u{202F}16 执行"),
    ])
    func unitsAndCodesStayWithTheirNumbers(text: String, expected: String) {
        #expect(NoBreakSpaces.apply(text) == expected)
    }

    @Test(arguments: [
        "We will go live in 2027 with 3 teams",   // a number before a word that is no unit
        "RFP RFP-NPC-2026-014",                  // a code before a code
        "Phase 2 of the plan",
        "共 400 万像素",                          // a Chinese unit: a break there is Chinese typesetting
        "SM2/SM3/SM4 算法",                       // slashes outside a code and number
        "12TB，SATA 6Gb/s，RAID 5",              // capitals that are no standard or currency
    ])
    func otherSpacesStay(text: String) {
        #expect(NoBreakSpaces.apply(text) == text)
    }

    @Test func runsCarryTheNoBreakSpaces() throws {
        var package = Fixtures.zh
        let s = try #require(package.parts[0].sections.firstIndex { $0.id == "bid-letter" })
        package.parts[0].sections[s].blocks = [Fixtures.p("支持 GB/T 28181 协议，接入 110 kV 站。")]
        let (docx, _) = try Fixtures.render(package)
        let doc = try docx.xml("word/document.xml")
        #expect(doc.strings("//w:t").contains("支持 GB/\u{2060}T\u{202F}28181 协议，接入 110\u{202F}kV 站。"))
    }
}
