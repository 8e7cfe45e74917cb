import BidKitPluginSDK

/// Seal, signature and date blocks, and what keeps them with what they sign.
///
/// Each slot is a line of the template's Signature style (right-aligned), the block kept together
/// (`w:keepLines`, `w:keepNext` on all but its last line). A signature slot leaves a line to sign on,
/// with the signer's name beside it in Chinese bids (`（陈志远）`) and below it in English ones, as the
/// printed forms of each do; an empty seal or date is a line to fill in by hand.
///
/// A block must not open a page on its own, away from the letter or table it signs: the paragraphs
/// before it (its lead-in) keep with the next one, back to the first that is a sentence of its own,
/// and a table right before it keeps its last row with it.
extension DocumentBuilder {
    /// A line of no-break spaces to sign on (drawn underlined; trailing plain spaces are not).
    private static let signatureBlank = String(repeating: "\u{00A0}", count: 40)
    private static let fillBlank = String(repeating: "\u{00A0}", count: 24)

    func signature(_ s: Signature, _ ctx: Context) -> [BodyElement] {
        let separator = zh ? "：" : ": "
        signatureCount += 1
        let anchor = Signature.anchor(signatureCount)
        let line = RunFormat(underline: true)
        return s.slots.enumerated().map { i, slot in
            var props = ParagraphProperties()
            props.style = style("Signature")
            if style("Signature") == nil { props.alignment = "right" }
            props.keepNext = i < s.slots.count - 1
            props.keepLines = true
            if i == 0 { props.spacing = "<w:spacing w:before=\"480\"/>" }
            var content = run(text: slot.label + separator)
            switch (slot.kind, slot.value.isEmpty) {
            case (.signature, true):
                content += run(text: Self.signatureBlank, format: line)
            case (.signature, false):
                content += run(text: Self.signatureBlank, format: line)
                content += zh ? run(text: "（\(slot.value)）") : "<w:r><w:br/></w:r>" + run(text: slot.value)
            case (_, true):
                content += run(text: Self.fillBlank, format: line)
            case (_, false):
                content += run(text: slot.value)
            }
            return .paragraph(props, content: i == 0 ? bookmarked(anchor, content) : content)
        }
    }

    /// Marks the lead-in of the signature block at `index` to keep with the next paragraph: the
    /// paragraphs right before it (list items included, one by one), back to and including the first
    /// that reads as a sentence of its own, at most four. `starts[j]` is where block `j`'s elements
    /// begin in `out`; only paragraph and list blocks lead in.
    func keepLeadIn(of index: Int, in blocks: [Block], starts: [Int], _ out: inout [BodyElement]) {
        var first = index
        while first > 0, index - first < 3, blocks[first - 1].isParagraph || blocks[first - 1].isList { first -= 1 }
        guard first < index else { return }
        var kept = 0
        for k in stride(from: out.count - 1, through: starts[first], by: -1) where kept < 4 {
            guard case .paragraph(var props, let content) = out[k] else { continue }
            props.keepNext = true
            out[k] = .paragraph(props, content: content)
            kept += 1
            // "Yours sincerely," or 特此证明。 leads in; a sentence of its own is what is signed.
            if BodyElement.textLength(content) >= 24 { return }
        }
    }
}

private extension Block {
    var isParagraph: Bool { if case .paragraph = self { return true } else { return false } }
    var isList: Bool { if case .list = self { return true } else { return false } }
}

extension BodyElement {
    /// Characters of text in run XML (outside the tags; an entity counts as its characters).
    static func textLength(_ xml: String) -> Int {
        var inTag = false
        var n = 0
        for c in xml.utf8 {
            if c == UInt8(ascii: "<") { inTag = true } else if c == UInt8(ascii: ">") { inTag = false } else if !inTag, c & 0xC0 != 0x80 { n += 1 }
        }
        return n
    }
}
