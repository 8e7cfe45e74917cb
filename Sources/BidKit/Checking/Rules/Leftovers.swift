import Foundation

/// No fill-in marker survives into the submitted bid: unresolved `{{…}}`, TODO / TBD / TBC / XXX,
/// empty or prompting 【…】 and 〔 〕, （此处填写…）, empty 年 月 日 date slots (＿＿年＿＿月＿＿日 too), runs of
/// underscores meant for handwriting, placeholder names (张XX, XX公司, ××), "[Client Name]",
/// "<insert date>", "xx/xx/2026", "Lorem ipsum" — in the Markdown sections and in the data the
/// generated sections are built from (bid.yaml, requirements, price list); no `**` that CommonMark
/// left unconverted; and no section is empty.
struct Leftovers: Rule {
    static let id = "leftovers"
    static let severity = Finding.Severity.error
    static let description = "No placeholder, TODO/TBD/XXX, fill-in blank or empty section is left in the bid."

    static let triggering: [RuleExample] = [
        .letter("TODO 补充业绩"),
        .letter("联系人：______"),
        .letter("日期：    年   月   日"),
        .letter("日期：＿年＿月＿日"),
        .letter("附件【】"),
        .letter("项目负责人：张XX，电话：【联系电话】"),
        .letter("XX公司授权书见附件〔 〕。"),
        .letter("本项目工期（此处填写工期）日历天。"),
        .letter("Reference: TBD", .en),
        .letter("Prepared for [Client Name] on <insert date>.", .en),
        .letter("Signed on xx/xx/2026, price TBC.", .en),
        .letter("Lorem ipsum dolor sit amet.", .en),
    ]
    static let nonTriggering: [RuleExample] = [
        .letter("___"),
        .letter("2026 年 12 月 8 日"),
        .letter("{{bidder.name}}"),
        .letter("7×24 小时服务，2×2 拼接屏，依据财库〔2020〕46 号文件。"),
        .letter("【重要提示】投标人**{{bidder.name}}**，承诺如下。"),
        .letter("The TODOS system is out of scope.", .en),
        .letter("See [the RFP](https://example.com/rfp) and [Appendix B][b].\n\n[b]: https://example.com/b", .en),
    ]

    /// In priority order: where two matches overlap, the earlier pattern's is reported.
    private static let patterns: [ScanPattern] = [
        ScanPattern(#"\{\{[^}]*\}\}"#, label: unresolvedField, triggers: ["{{"]),
        ScanPattern(#"(?<![A-Za-z])(TODO|TBD|TBC|TBA|XXX)(?![A-Za-z])"#, label: "marker", triggers: ["TODO", "TBD", "TBC", "TBA", "XXX"]),
        ScanPattern(#"【\s*】"#, label: "empty 【】 to fill in", triggers: ["【"]),
        ScanPattern(#"【[^】\n]{0,20}(?:名称|姓名|日期|金额|地址|电话|编号|号码|填写|填入|输入|待定|型号|数量|单价|XX|××)[^】\n]{0,10}】"#,
                    label: "【】 prompt to fill in", triggers: ["【"]),
        ScanPattern(#"〔\s*〕|〔[^〕\n]{0,20}(?:名称|姓名|日期|金额|地址|编号|填写|填入)[^〕\n]{0,10}〕"#, label: "〔〕 prompt to fill in", triggers: ["〔"]),
        ScanPattern(#"[（(][^）)\n]{0,6}(?:填写|填入|填报|待定|待填|待补充)[^）)\n]{0,30}[）)]"#, label: "（填写…） prompt",
                    triggers: ["填写", "填入", "填报", "待定", "待填", "待补充"]),
        ScanPattern(#"[＿_]+[ \t\u3000]*年[ \t\u3000]*[＿_]+[ \t\u3000]*月[ \t\u3000]*[＿_]+[ \t\u3000]*日"#, label: "empty date slot", triggers: ["月"]),
        ScanPattern(#"(?<![0-9〇零一二三四五六七八九十])[ \t\u3000]*年[ \t\u3000]+月[ \t\u3000]+日"#, label: "empty date slot", triggers: ["月"]),
        ScanPattern(#"_{3,}|＿{2,}"#, label: "blank to fill in", triggers: ["___", "＿＿"]),
        // 张XX, XX公司, ××: a name or company left as a pattern.
        ScanPattern(#"\p{Han}(?:[XxＸｘ]{2,}|×{2,}|○{2,})|(?:[XxＸｘ]{2,}|×{2,}|○{2,})\p{Han}|(?<![A-Za-z0-9×])(?:×{2,}|○{2,})(?![A-Za-z0-9×])"#,
                    label: "placeholder name", triggers: ["XX", "xx", "ＸＸ", "ｘｘ", "××", "○○"]),
        ScanPattern(#"(?i)(?<![A-Za-z0-9])(?:xx|dd|mm)[/.-](?:xx|mm|dd)[/.-](?:\d{2,4}|yyyy|yy)(?![A-Za-z0-9])"#, label: "placeholder date",
                    triggers: ["x/", "X/", "d/", "D/", "m/", "M/", "x.", "X.", "x-", "X-"]),
        // [Client Name], [insert date], <insert date>: an English template's prompts.
        ScanPattern(#"\[(?:[Ii]nsert|[Ee]nter|[Aa]dd|[Ss]pecify)\b[^\]\n]{0,60}\](?![(\[:])|\[[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,4}\](?![(\[:])|\[[A-Z]{2,}(?:\s[A-Z]{2,}){1,4}\](?![(\[:])"#,
                    label: bracketPrompt, triggers: ["["]),
        ScanPattern(#"<\s*(?:[Ii]nsert|[Ee]nter|[Aa]dd|[Ss]pecify)\b[^>\n]{0,60}>|<[A-Z][a-z]+(?:\s[A-Z][a-z]+){1,4}>"#, label: "<…> prompt to fill in",
                    triggers: ["<"]),
        ScanPattern(#"(?i)lorem\s+ipsum"#, label: "dummy text", triggers: ["orem", "OREM"]),
    ].compactMap { $0 }

    static let unresolvedField = "unresolved field"
    static let bracketPrompt = "[…] prompt to fill in"

    /// Whether `text` holds a fill-in marker this rule reports (other rules leave such text to it).
    static func hasPlaceholder(_ text: String) -> Bool { !TextScan.find(patterns, in: text).isEmpty }

    /// The field a `{{field}}` that is not one was probably meant to be ("bidder.name").
    private static func fieldHint(_ m: TextScan.Match, _ fields: FieldTable) -> String? {
        guard m.label == unresolvedField else { return nil }
        let name = m.text.dropFirst(2).dropLast(2).trimmingCharacters(in: .whitespaces)
        return DidYouMean.suggestion(for: name, among: fields.names)
    }

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        let isThematicBreak: (String) -> Bool = { line in
            let t = line.trimmingCharacters(in: .whitespaces)
            return t.count >= 3 && t.allSatisfy { $0 == "_" || $0 == " " }
        }
        // Generated sections only show data from bid.yaml, the requirements and the price list:
        // their markers are reported below, at the data file's line, where they are filled in.
        // An unknown field in a buyer's form is reported by the loader at its paragraph (`loadProblems`).
        let matches = TextScan.matches(of: Self.patterns, in: context.text, skipLine: isThematicBreak)
            .filter { $0.fromSource ? !bid.fields.isKnownField($0.text) : GeneratedKind(rawValue: $0.section.kind) == nil }
            .filter { !($0.section.kind == "docx-form" && $0.label == Self.unresolvedField) }
        var findings = Self.withoutOverlaps(matches, place: { "\($0.location.file)|\($0.location.line)|\($0.line)" },
                                            column: \.location.column, text: \.text, label: \.label)
            .map { m in
                let what = Self.markerText(in: m.line, at: m.location.column, match: m.text)
                return finding(Say.inSection(m.label, m.text, m.section.title, asking: what, meant: Self.fieldHint(m, bid.fields)),
                               section: m.section.id, at: m.location)
            }
        findings += dataFindings(bid.project.dataSources, skipLine: isThematicBreak)
        findings += literalEmphasis(bid)
        // An empty section that covers a requirement is reported by required-documents instead.
        // By id: the package's sections need not come in bid.yaml's order (the table of contents is front matter).
        let plans = Dictionary(bid.project.sections.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for section in bid.package.sections {
            guard let plan = plans[section.id], plan.covers.isEmpty, SectionContentInspector.isEmpty(section),
                  !bid.unloadedSections.contains(plan.id) else { continue }
            findings.append(finding(Say.empty(section.title), severity: .warning, section: section.id, at: plan.location))
        }
        return findings
    }

    /// What a TODO/TBD/XXX marker asks for: from the marker to the end of its bracket or clause
    /// ("TODO：份数" out of "正本【TODO：份数】份"), nil when the marker stands alone.
    static func markerText(in line: String, at column: Int, match: String, stops extra: Set<Character> = []) -> String? {
        guard ["TODO", "TBD", "TBC", "TBA", "XXX"].contains(match), column >= 1 else { return nil }
        let tail = line.dropFirst(column - 1)
        let stops: Set<Character> = extra.union(["】", "]", "」", "）", ")", "。", "；", ";", "|"])
        let text = String(tail.prefix { !stops.contains($0) }).trimmingCharacters(in: .whitespaces)
        guard text.count > match.count else { return nil }
        return text.count > 60 ? String(text.prefix(59)) + "…" : text
    }

    /// Markers in the data files, each at its file:line:col with the line quoted, so the finding
    /// says what is to be filled in ("bidder name", a price line) without opening the file.
    private func dataFindings(_ sources: [DataSource], skipLine: (String) -> Bool) -> [Finding] {
        let triggers = TriggerSet(Self.patterns)
        var findings: [Finding] = []
        for source in sources {
            for (line, text) in source.dataLines {
                let candidates = triggers.candidates(in: text).map { Self.patterns[$0] }
                if candidates.isEmpty || skipLine(text) { continue }
                let quoted = text.trimmingCharacters(in: .whitespaces)
                let shown = quoted.count > 80 ? String(quoted.prefix(79)) + "…" : quoted
                let name = (source.file as NSString).lastPathComponent
                // In YAML a [list] is syntax, not an "[insert …]" prompt.
                let found = Self.withoutOverlaps(TextScan.find(candidates, in: text), place: { _ in "" }, column: \.0, text: \.1, label: \.2)
                    .filter { !(source.isYAML && $0.2 == Self.bracketPrompt) }
                for (column, match, label) in found {
                    // A YAML line names its key; a CSV line is many cells, so show the cell's marker.
                    let what = source.isYAML ? shown : Self.markerText(in: text, at: column, match: match, stops: [","]) ?? shown
                    findings.append(finding(Say.inData(label, match, file: name, line: what),
                                            at: SourceLocation(file: source.file, line: line, column: column)))
                }
            }
        }
        return findings
    }

    /// Matches that overlap an earlier pattern's on the same line are dropped: 【TODO：名称】 is one
    /// TODO, not also a 【】 prompt.
    static func withoutOverlaps<M>(_ matches: [M], place: (M) -> String, column: (M) -> Int, text: (M) -> String, label: (M) -> String) -> [M] {
        let priority = Dictionary(patterns.enumerated().map { ($1.label, $0) }, uniquingKeysWith: { a, _ in a })
        return Overlaps.removed(matches, place: place, column: column, length: { text($0).count }, rank: { priority[label($0)] ?? 0 })
    }

    /// `**` that reached the converted text: emphasis CommonMark could not open or close (the
    /// converter already mends `投标人**{{bidder.name}}**，`); the reader would see the asterisks.
    private func literalEmphasis(_ bid: AssembledBid) -> [Finding] {
        var findings: [Finding] = []
        // Only a section whose source holds "**" can show it (field values aside).
        for section in bid.package.sections where section.kind == "markdown" && bid.sources[section.id].map(CJKEmphasis.hasDoubleStar) == true {
            var found: [String] = []
            Self.visit(section.blocks) { if CJKEmphasis.hasDoubleStar($0) { found.append($0) } }
            for text in found {
                let fragment = text.components(separatedBy: "**")[0].suffix(8)
                let file = section.source.map { bid.project.display($0) } ?? ""
                let lines = TextIndex.lines(of: bid.sources[section.id].map(bid.fields.substitute) ?? "")
                let line = lines.firstIndex { CJKEmphasis.hasDoubleStar(String($0)) && $0.contains(fragment) }.map { $0 + 1 } ?? 0
                findings.append(finding(Say.literalEmphasis(section.title, String(text.prefix(40))),
                                        section: section.id, at: SourceLocation(file: file, line: line, column: line > 0 ? 1 : 0)))
            }
        }
        return findings
    }

    /// Calls `body` with each plain text run of paragraphs, headings, lists and table cells (not code).
    private static func visit(_ blocks: [Block], _ body: (String) -> Void) {
        func inline(_ inlines: [Inline]) {
            for i in inlines {
                switch i {
                case .text(let s): body(s)
                case .strong(let c), .emphasis(let c), .underline(let c), .strikethrough(let c), .link(_, let c): inline(c)
                default: break
                }
            }
        }
        for b in blocks {
            switch b {
            case .paragraph(let p): inline(p.content)
            case .heading(let h): inline(h.content)
            case .list(let l): for item in l.items { visit(item, body) }
            case .quote(let q): visit(q, body)
            case .table(let t): for row in t.header + t.body + t.footer { for cell in row.cells { visit(cell.blocks, body) } }
            default: break
            }
        }
    }
}

extension Leftovers {
    enum Say {
        /// Each pattern's label (`patterns`) in both languages; the English one quotes the brackets it names.
        static let labels: [String: (zh: String, en: String)] = [
            unresolvedField: ("未解析的字段", unresolvedField), "marker": ("待办标记", "marker"),
            "empty 【】 to fill in": ("待填的空【】", "empty '【】' to fill in"), "【】 prompt to fill in": ("待填的【】提示", "'【】' prompt to fill in"),
            "〔〕 prompt to fill in": ("待填的〔〕提示", "'〔〕' prompt to fill in"), "（填写…） prompt": ("（填写…）提示", "'（填写…）' prompt"),
            "empty date slot": ("空白日期", "empty date slot"), "blank to fill in": ("待填的空格", "blank to fill in"),
            "placeholder name": ("占位名称", "placeholder name"), "placeholder date": ("占位日期", "placeholder date"),
            bracketPrompt: ("待填的 […] 提示", "'[…]' prompt to fill in"), "<…> prompt to fill in": ("待填的 <…> 提示", "'<…>' prompt to fill in"),
            "dummy text": ("占位文字", "dummy text"),
        ]

        static func label(_ label: String) -> (zh: String, en: String) { labels[label] ?? (label, label) }

        /// `asking`: what the marker asks for ("TODO：份数"); `meant`: the field an unknown `{{…}}` was meant to be.
        static func inSection(_ kind: String, _ text: String, _ title: String, asking: String?, meant: String?) -> Wording {
            let l = label(kind)
            return Wording("fill-in",
                           zh: "章节“\(title)”中有\(l.zh)“\(text)”" + (asking.map { "：“\($0)”" } ?? "") + (meant.map { "；是否应为“{{\($0)}}”？" } ?? ""),
                           en: "\(l.en) '\(text)' in section '\(title)'" + (asking.map { ": '\($0)'" } ?? "") + (meant.map { "; did you mean '{{\($0)}}'?" } ?? ""))
        }

        static func inData(_ kind: String, _ text: String, file: String, line: String) -> Wording {
            let l = label(kind)
            return Wording("fill-in-data", zh: "\(file) 中有\(l.zh)“\(text)”：“\(line)”", en: "\(l.en) '\(text)' in '\(file)': '\(line)'")
        }

        static func empty(_ title: String) -> Wording {
            Wording("empty-section", zh: "章节“\(title)”内容为空", en: "section '\(title)' is empty")
        }

        static func literalEmphasis(_ title: String, _ text: String) -> Wording {
            Wording("literal-emphasis", zh: "章节“\(title)”中的“**”按原样印出（CommonMark 未将其识别为强调）：“\(text)”",
                    en: "'**' printed literally in section '\(title)' (CommonMark did not take it as emphasis): '\(text)'")
        }
    }
}
