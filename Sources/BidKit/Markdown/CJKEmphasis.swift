/// Strong emphasis that CommonMark leaves as literal `**` next to CJK text and punctuation.
///
/// CommonMark's flanking rule decides whether `**` can open or close emphasis by the characters
/// around it, treating CJK punctuation (，。：“”) like ASCII punctuation and ideographs like letters:
/// in `投标人**{{bidder.name}}**，` the opening `**` sits between an ideograph and `{`, so it cannot
/// open, and every renderer would print the asterisks. cmark-gfm has no option for CJK text (the
/// markdown-cjk-friendly extension is not in it), so the converter finishes the job: a text run that
/// still holds pairs of `**` around non-blank text becomes strong text, as the author meant.
enum CJKEmphasis {
    static func strongRuns(in inlines: [Inline]) -> [Inline] {
        guard inlines.contains(where: { if case .text(let s) = $0 { return hasDoubleStar(s) } else { return false } }) else { return inlines }
        return inlines.flatMap { inline -> [Inline] in
            guard case .text(let s) = inline, hasDoubleStar(s) else { return [inline] }
            return split(s)
        }
    }

    /// A byte search for "**": Foundation's `contains` goes through `range(of:)`, which on Linux cost
    /// more than the whole conversion of a long bid.
    static func hasDoubleStar(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { buf in
            guard buf.count > 1 else { return false }
            for i in 1..<buf.count where buf[i] == 0x2A && buf[i - 1] == 0x2A { return true }
            return false
        }
    }

    /// "投标人**某公司**，" → text, strong, text. Left alone unless every `**` pairs up around text that
    /// neither starts nor ends with a space (`2 ** 3` and a lone `**` stay as written).
    static func split(_ s: String) -> [Inline] {
        let parts = s.components(separatedBy: "**")
        guard parts.count >= 3, parts.count % 2 == 1 else { return [.text(s)] }
        for i in stride(from: 1, to: parts.count, by: 2) {
            let inner = parts[i]
            guard let first = inner.first, let last = inner.last, !first.isWhitespace, !last.isWhitespace, !inner.contains("*") else { return [.text(s)] }
        }
        return parts.enumerated().compactMap { i, part in
            if i % 2 == 1 { return .strong([.text(part)]) }
            return part.isEmpty ? nil : .text(part)
        }
    }
}
