/// Where a long Chinese project title breaks on the cover (issue 12 item 9).
///
/// Word breaks CJK text after any character, so a title a little longer than a line ends it mid-word
/// (视频监 / 控). A title that needs two lines is broken instead at the boundary that balances the lines
/// best among those that end a word in titles — after 公司, 局, 院, 中心, 年, 及, 、 …, before a
/// bracket or a number that follows Chinese text — with both lines fitting the text width. A title
/// on one line, one with no such boundary, or one too long for two lines is left to Word.
enum CoverTitle {
    /// Characters a title's words end with (公司, 供电局, 设计院, 中心, 2026年, 一期 …) and conjunctions.
    private static let wordEnds: Set<Character> = ["司", "局", "院", "所", "厂", "心", "年", "期", "区", "省", "县", "及", "和", "与", "、", "）"]

    /// The title's lines; `halfPoints` is the title's size, `width` the line's in dxa.
    static func lines(_ title: String, halfPoints: Int, width: Int) -> [String] {
        func fits(_ s: Substring) -> Int? {
            let w = TextMetrics(String(s), bold: true).width.dxa(halfPoints)
            return w <= width ? w : nil
        }
        guard fits(title[...]) == nil else { return [title] }
        let chars = Array(title)
        var best: (index: Int, widest: Int)?
        for i in 1..<max(chars.count, 1) where isBreak(before: i, in: chars) {
            let split = title.index(title.startIndex, offsetBy: i)
            guard let a = fits(title[..<split]), let b = fits(title[split...]) else { continue }
            if best.map({ max(a, b) < $0.widest }) ?? true { best = (i, max(a, b)) }
        }
        guard let best else { return [title] }
        let split = title.index(title.startIndex, offsetBy: best.index)
        return [String(title[..<split]), String(title[split...])]
    }

    private static func isBreak(before i: Int, in chars: [Character]) -> Bool {
        let previous = chars[i - 1], next = chars[i]
        if wordEnds.contains(previous), !["）", "、", "，", "。"].contains(next) { return true }
        let previousIsCJK = previous.unicodeScalars.first.map(CJK.isWide) ?? false
        if previousIsCJK, next == "（" || next == "(" { return true }
        return previousIsCJK && next.isASCII && next.isNumber
    }
}
