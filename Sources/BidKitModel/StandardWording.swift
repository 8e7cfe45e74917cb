/// The one place BidKit's own words are written: fixed labels and dates as printed, in Chinese
/// ("zh", "zh-CN", …) or English (every other language). The core builds every package's front
/// matter from here; renderers print what the package carries and keep no word lists of their own.
public enum StandardWording {
    public static func isChinese(_ language: String) -> Bool {
        let tag = language.lowercased()
        return tag == "zh" || tag.hasPrefix("zh-")
    }

    public static func labels(language: String) -> Labels {
        typealias K = Labels.Key
        if isChinese(language) {
            return Labels([
                Field(K.colon, "："), Field(K.contents, "目录"), Field(K.page, "第 {n} 页"), Field(K.figure, "图"),
                Field(K.table, "表"), Field(K.total, "投标总价"), Field(K.totalInWords, "大写"), Field(K.seal, "盖章"),
                Field(K.signature, "签字"), Field(K.tenderNumber, "招标编号"), Field(K.lot, "包号"), Field(K.buyer, "招标人"),
                Field(K.agent, "招标代理机构"), Field(K.bidder, "投标人"), Field(K.date, "日期"),
            ])
        }
        return Labels([
            Field(K.colon, ": "), Field(K.contents, "Contents"), Field(K.page, "Page {n}"), Field(K.figure, "Figure"),
            Field(K.table, "Table"), Field(K.total, "Total"), Field(K.totalInWords, "In words"), Field(K.seal, "seal"),
            Field(K.signature, "signature"), Field(K.tenderNumber, "Tender number"), Field(K.lot, "Lot"), Field(K.buyer, "Buyer"),
            Field(K.agent, "Tendering agent"), Field(K.bidder, "Bidder"), Field(K.date, "Date"),
        ])
    }

    /// What the document is, on its cover: "投标文件" / "Proposal".
    public static func documentKind(language: String) -> String { isChinese(language) ? "投标文件" : "Proposal" }

    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                                 "September", "October", "November", "December"]

    /// A calendar day as printed: "2026年12月8日" / "8 December 2026". `month` outside 1…12 is
    /// printed as a number rather than trapping.
    public static func date(year: Int, month: Int, day: Int, language: String) -> String {
        if isChinese(language) { return "\(year)年\(month)月\(day)日" }
        let name = (1...12).contains(month) ? months[month - 1] : String(month)
        return "\(day) \(name) \(year)"
    }

    /// An ISO `yyyy-MM-dd` day as printed; anything else as given (the date comes from the project,
    /// never from the clock).
    public static func date(iso: String, language: String) -> String {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), (1...31).contains(d)
        else { return iso }
        return date(year: y, month: m, day: d, language: language)
    }
}

extension FrontMatter {
    /// The front matter BidKit prints for `metadata`: the standard cover and labels, no table of
    /// contents. What `BidPackage.init` uses when it is given none.
    public static func standard(for metadata: Metadata) -> FrontMatter {
        FrontMatter(cover: .standard(for: metadata), labels: StandardWording.labels(language: metadata.language))
    }
}

extension Cover {
    /// The cover from the metadata: its `copy`, `lot` and `volume` fields, the bid date as printed,
    /// and a line left blank for the signatory on a Chinese cover (what 投标文件 covers ask for).
    public static func standard(for metadata: Metadata) -> Cover {
        let zh = StandardWording.isChinese(metadata.language)
        let labels = StandardWording.labels(language: metadata.language)
        typealias K = Labels.Key
        var lines: [Line] = [
            Line(key: Key.tenderNumber, label: labels[K.tenderNumber], value: metadata.tenderNumber),
            Line(key: Key.lot, label: labels[K.lot], value: metadata.field("lot") ?? ""),
            Line(key: Key.buyer, label: zh ? labels[K.buyer] : "Prepared for", value: metadata.buyer),
            Line(key: Key.bidder, label: zh ? labels[K.bidder] : "Submitted by", value: metadata.bidder,
                 note: zh && !metadata.bidder.isEmpty ? "（\(labels[K.seal])）" : ""),
        ]
        if zh { lines.append(Line(key: Key.signatory, label: "法定代表人或其委托代理人", value: "", note: "（\(labels[K.signature])）")) }
        lines.append(Line(key: Key.date, label: labels[K.date], value: StandardWording.date(iso: metadata.date, language: metadata.language)))
        return Cover(copy: metadata.field("copy") ?? "", title: metadata.title, kind: metadata.field("document_kind").flatMap { $0.isEmpty ? nil : $0 }
                        ?? StandardWording.documentKind(language: metadata.language),
                     volume: metadata.field("volume") ?? "",
                     lines: lines.filter { !$0.value.isEmpty || $0.key == Key.signatory })
    }
}
