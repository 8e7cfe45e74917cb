import BidKitPluginSDK

/// The few words the renderer itself prints (the rest comes from the project or the template),
/// the `lang` attribute, and the cover date, in the project's language.
///
/// The page template can use every label (`{{labels.tenderNumber}}`), which lets one template
/// serve both languages; the shipped `cn-goods` and `en-proposal` templates mostly spell theirs out.
struct Labels: Sendable {
    /// The `<html lang>` value: `zh-CN` for Chinese projects (the simplified-Chinese fonts and
    /// punctuation rules), `en` for English.
    var htmlLang: String
    var colon: String
    var contents: String
    var bidDocument: String
    var tenderNumber: String
    var buyer: String
    var agent: String
    var bidder: String
    var date: String
    var total: String
    var totalInWords: String
    var isChinese: Bool

    static func forLanguage(_ language: String) throws -> Labels {
        let tag = language.trimmingSpaces()
        guard !tag.isEmpty, tag.unicodeScalars.allSatisfy({ $0.isASCIIAlphanumeric || $0 == "-" }) else {
            throw RenderError("the package's language '\(language)' is not a language tag such as 'zh' or 'en'")
        }
        let lower = tag.lowercased()
        if lower == "zh" || lower.hasPrefix("zh-") {
            return Labels(htmlLang: lower == "zh" ? "zh-CN" : tag, colon: "：", contents: "目录", bidDocument: "投标文件",
                          tenderNumber: "招标编号", buyer: "招标人", agent: "招标代理机构", bidder: "投标人", date: "日期",
                          total: "投标总价", totalInWords: "大写", isChinese: true)
        }
        return Labels(htmlLang: tag, colon: ": ", contents: "Contents", bidDocument: "Proposal",
                      tenderNumber: "Tender No.", buyer: "Buyer", agent: "Tendering agent", bidder: "Bidder", date: "Date",
                      total: "Total", totalInWords: "In words", isChinese: false)
    }

    /// `2026-12-08` → `2026年12月8日` / `8 December 2026`; anything else is printed as given
    /// (the date comes from the project, never from the clock).
    func displayDate(_ iso: String) -> String {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day) else { return iso }
        if isChinese { return "\(year)年\(month)月\(day)日" }
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        return "\(day) \(months[month - 1]) \(year)"
    }
}

extension Unicode.Scalar {
    var isASCIIAlphanumeric: Bool {
        (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let first = s.first, first.isWhitespace { s.removeFirst() }
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return String(s)
    }
}
