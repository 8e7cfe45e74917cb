/// The few words the renderer writes itself (cover labels, figure markers), in the bid's
/// language. Everything else comes from the package.
struct TextLabels: Sendable, Hashable {
    var documentTitle: String
    var projectName: String
    var tenderNumber: String
    var buyer: String
    var bidder: String
    var date: String
    var figure: String
    /// Between a label and its value: fullwidth "：" in Chinese, ": " in English.
    var separator: String
    /// Chinese text joins soft line breaks between ideographs without a space.
    var isChinese: Bool

    /// "zh", "zh-CN", "zh-Hans" … get Chinese labels; every other language English ones.
    init(language: String) {
        if language.lowercased().hasPrefix("zh") {
            self = .chinese
        } else {
            self = .english
        }
    }

    private init(
        documentTitle: String, projectName: String, tenderNumber: String, buyer: String,
        bidder: String, date: String, figure: String, separator: String, isChinese: Bool
    ) {
        self.documentTitle = documentTitle
        self.projectName = projectName
        self.tenderNumber = tenderNumber
        self.buyer = buyer
        self.bidder = bidder
        self.date = date
        self.figure = figure
        self.separator = separator
        self.isChinese = isChinese
    }

    static let chinese = TextLabels(
        documentTitle: "投标文件", projectName: "项目名称", tenderNumber: "招标编号", buyer: "招标人",
        bidder: "投标人", date: "日期", figure: "图", separator: "：", isChinese: true)

    static let english = TextLabels(
        documentTitle: "Bid Document", projectName: "Project", tenderNumber: "Tender No.", buyer: "Buyer",
        bidder: "Bidder", date: "Date", figure: "Figure", separator: ": ", isChinese: false)

    /// "label：value", without doubling a colon the label already ends with.
    func labelled(_ label: String, _ value: String) -> String {
        if label.hasSuffix("：") || label.hasSuffix(":") { return label + value }
        return label + separator + value
    }
}
