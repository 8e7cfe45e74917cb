import BidKitPluginSDK

/// Footnotes in HTML: a superscript number linking to the note, numbered through the document, and
/// the section's notes in an `<ol class="footnotes">` at its end, each linking back.
enum Footnotes {
    static func writeReference(_ content: [Inline], to out: inout HtmlOutput) {
        out.footnoteCount += 1
        let n = out.footnoteCount
        out.footnotes.append((n, content))
        out.open("sup", [("class", "footnote-ref")])
        out.open("a", [("href", "#fn-\(n)"), ("id", "fnref-\(n)")])
        out.text(String(n))
        out.close("a")
        out.close("sup")
    }

    /// The notes referenced since the last call, then none pending. A footnote inside a note has no
    /// place of its own, so it is left out.
    static func writeNotes(to out: inout HtmlOutput) {
        guard !out.footnotes.isEmpty else { return }
        let notes = out.footnotes
        out.footnotes = []
        out.open("ol", [("class", "footnotes"), ("start", String(notes[0].number))])
        out.newline()
        for (n, content) in notes {
            out.open("li", [("id", "fn-\(n)")])
            InlineWriter.write(content.mapInlines { inline in if case .footnote = inline { return .text("") } else { return inline } }, to: &out)
            out.text(" ")
            out.open("a", [("class", "footnote-back"), ("href", "#fnref-\(n)")])
            out.text("↩")
            out.close("a")
            out.close("li")
            out.newline()
        }
        out.close("ol")
        out.newline()
    }
}

/// `{width=60%}` → `width:60%`, `{width=8cm}` → `width:80mm`; natural size → no style.
enum FigureWidth {
    static func style(_ width: ImageWidth) -> String? {
        switch width {
        case .natural: return nil
        case .percent(let p): return "width:\(p)%"
        case .micrometres(let m): return "width:\(m / 1000).\(m % 1000 / 100)mm"
        }
    }
}
