/// One generated Markdown section, kept as blocks so the same content can be written twice: as the
/// section file BidKit reads (its headings start at `#`, the assembler puts them below the part and
/// section) and inside the one Markdown file pandoc converts (shifted two levels down, below the part
/// `#` and section `##` headings written there).
struct GeneratedSection {
    enum Block {
        case heading(level: Int, text: String)
        /// A paragraph, list or table: Markdown whose meaning does not depend on heading depth.
        case markdown(String)
        /// The project's one picture; the path differs between the section file and pandoc's file.
        case image(alt: String, caption: String)
    }

    var id: String
    var title: String
    var blocks: [Block]

    func markdown(headingShift: Int, imagePath: String) -> String {
        var out = ""
        for block in blocks {
            switch block {
            case .heading(let level, let text): out += String(repeating: "#", count: level + headingShift) + " " + text + "\n\n"
            case .markdown(let text): out += text + "\n\n"
            case .image(let alt, let caption): out += "![\(alt)](\(imagePath) \"\(caption)\")\n\n"
            }
        }
        return out
    }
}

/// Draws sections from the corpus: two or three `#` headings, `##` and `###` below some of them,
/// Chinese and English paragraphs with strong, emphasis and code, ordered and bullet lists (some
/// nested), an equipment table in about two sections of five, the picture in every hundredth.
struct SectionWriter {
    var random: SeededRandom

    mutating func section(index: Int, id: String) -> GeneratedSection {
        let title = random.pick(ProseCorpus.chineseHeadings) + "（\(index + 1)）"
        var blocks: [GeneratedSection.Block] = []
        let tableAt = random.chance(40) ? random.int(0...1) : -1
        for h1 in 0..<random.int(2...3) {
            blocks.append(.heading(level: 1, text: heading()))
            blocks.append(.markdown(paragraph()))
            if h1 == 0 && index % 100 == 0 {
                blocks.append(.image(alt: "系统总体拓扑图", caption: "图 \(index / 100 + 1) 系统总体拓扑"))
            }
            if random.chance(60) { blocks.append(.markdown(paragraph())) }
            if h1 == 0 { blocks.append(.markdown(list())) }
            if h1 == tableAt { blocks.append(.markdown(table())) }
            for _ in 0..<random.int(0...2) {
                blocks.append(.heading(level: 2, text: heading()))
                blocks.append(.markdown(paragraph()))
                if random.chance(40) {
                    blocks.append(.heading(level: 3, text: heading()))
                    blocks.append(.markdown(paragraph()))
                    if random.chance(30) { blocks.append(.markdown(list())) }
                }
            }
        }
        return GeneratedSection(id: id, title: title, blocks: blocks)
    }

    private mutating func heading() -> String {
        random.chance(20) ? random.pick(ProseCorpus.englishHeadings) : random.pick(ProseCorpus.chineseHeadings) + "要点"
    }

    /// Two to four sentences, a quarter of paragraphs in English.
    private mutating func paragraph() -> String {
        let english = random.chance(25)
        var sentences: [String] = []
        for _ in 0..<random.int(2...4) {
            let sentence = random.pick(english ? ProseCorpus.english : ProseCorpus.chinese)
            sentences.append(sentence + inlineMarkup(english: english) + (english ? "." : "。"))
        }
        return sentences.joined(separator: english ? " " : "")
    }

    /// Emphasis, code or strong at the end of about one sentence in two. Delimiters sit next to letters,
    /// never next to punctuation, so cmark-gfm and pandoc's GFM reader read them the same way.
    private mutating func inlineMarkup(english: Bool) -> String {
        let kind = random.int(0...5)
        guard kind < 3 else { return "" }
        let word = random.pick(kind == 1 ? ProseCorpus.codeTerms : english ? ProseCorpus.englishTerms : ProseCorpus.chineseTerms)
        let forms = english ? [", with *@* stated in the offer", " according to `@`", " as a **@** of the contract"]
                            : ["，其中**@**须逐项落实", "，执行 `@` 的规定", "，并作为*@*纳入考核"]
        return forms[kind].replacingOccurrences(of: "@", with: word)
    }

    private mutating func list() -> String {
        let ordered = random.chance(50)
        var lines: [String] = []
        for n in 0..<random.int(3...6) {
            let item = random.chance(30) ? random.pick(ProseCorpus.english) + "." : random.pick(ProseCorpus.chinese) + "；"
            lines.append((ordered ? "\(n + 1). " : "- ") + item)
            if n == 0 && random.chance(30) {
                let indent = ordered ? "   " : "  "
                for _ in 0..<2 { lines.append(indent + "- " + random.pick(ProseCorpus.chineseTerms) + "：" + random.pick(ProseCorpus.chinese) + "；") }
            }
        }
        return lines.joined(separator: "\n")
    }

    private mutating func table() -> String {
        var lines = ["| 序号 | 设备名称 | 型号 | 主要参数 | 数量 | 单位 |", "|--:|--|--|--|--:|:--:|"]
        for r in 0..<random.int(4...12) {
            let (name, model, parameter, unit) = random.pick(ProseCorpus.equipment)
            lines.append("| \(r + 1) | \(name) | \(model) | \(parameter) | \(random.int(1...60)) | \(unit) |")
        }
        return lines.joined(separator: "\n")
    }
}
