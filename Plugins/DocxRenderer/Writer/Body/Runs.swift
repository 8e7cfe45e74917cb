import BidKitOOXML
import BidKitPluginSDK

/// Inline content → `w:r` runs, `w:hyperlink`s and breaks.
///
/// Inlines are first flattened into pieces that carry their formatting and the link they belong
/// to; soft breaks are then resolved against the neighbouring characters (a space between Latin
/// words, nothing next to CJK); consecutive pieces of one link are wrapped in one `w:hyperlink`.
struct RunFormat: Equatable {
    var bold = false
    var italic = false
    var underline = false
    var strike = false
    var code = false
    /// Font size in half-points, when it differs from the style's.
    var size: Int?
}

private enum Piece {
    case text(String, RunFormat, link: Int?)
    case lineBreak(RunFormat, link: Int?)
    case softBreak(link: Int?)
    /// Runs written whole: a footnote reference, a page-number field (`Body/Footnotes.swift`).
    case runs(String)

    var link: Int? {
        switch self {
        case .text(_, _, let l), .lineBreak(_, let l), .softBreak(let l): return l
        case .runs: return nil
        }
    }
}

extension DocumentBuilder {
    func inlineXML(_ inlines: [Inline], base: RunFormat = RunFormat()) -> String {
        // Plain text alone (most table cells): its run, without the pieces below.
        if inlines.count == 1, case .text(let s) = inlines[0] { return s.isEmpty ? "" : run(text: s, format: base) }
        var pieces: [Piece] = []
        var links: [String] = []
        flatten(inlines, format: base, link: nil, into: &pieces, links: &links)
        resolveSoftBreaks(&pieces)

        var out = ""
        var i = 0
        while i < pieces.count {
            guard let link = pieces[i].link else {
                appendRun(pieces[i], linked: false, to: &out)
                i += 1
                continue
            }
            var inner = ""
            while i < pieces.count, pieces[i].link == link {
                appendRun(pieces[i], linked: true, to: &inner)
                i += 1
            }
            out += hyperlink(links[link], content: inner)
            if pageReferences, links[link].hasPrefix("#") { out += pageReference(to: String(links[link].dropFirst()), format: base) }
        }
        return out
    }

    private func flatten(_ inlines: [Inline], format: RunFormat, link: Int?, into pieces: inout [Piece], links: inout [String]) {
        for inline in inlines {
            var f = format
            switch inline {
            case .text(let s): pieces.append(.text(s, format, link: link))
            case .code(let s):
                f.code = true
                pieces.append(.text(s, f, link: link))
            case .strong(let c):
                f.bold = true
                flatten(c, format: f, link: link, into: &pieces, links: &links)
            case .emphasis(let c):
                f.italic = true
                flatten(c, format: f, link: link, into: &pieces, links: &links)
            case .underline(let c):
                f.underline = true
                flatten(c, format: f, link: link, into: &pieces, links: &links)
            case .strikethrough(let c):
                f.strike = true
                flatten(c, format: f, link: link, into: &pieces, links: &links)
            case .link(let url, let c):
                // A link inside a link cannot be expressed: the inner one stays plain text. A target the
                // shared LinkPolicy refuses (javascript:, data:, file:, …) becomes plain text as well.
                var target = link
                if link == nil, let href = LinkPolicy.href(for: url) {
                    links.append(url.hasPrefix("#") ? url : href)
                    target = links.count - 1
                }
                flatten(c.isEmpty ? [.text(url)] : c, format: format, link: target, into: &pieces, links: &links)
            case .lineBreak: pieces.append(.lineBreak(format, link: link))
            case .softBreak: pieces.append(.softBreak(link: link))
            case .footnote(let c): pieces.append(.runs(footnoteReference(c, format: format)))
            case .reference(let r):
                // The number, linked to its bookmark; then " (page N)" with N a PAGEREF field Word and LibreOffice fill in.
                flatten([.link(url: "#" + r.anchor, content: [.text(r.text)])], format: format, link: link, into: &pieces, links: &links)
                let page = r.page.components(separatedBy: "{n}")
                if page.count == 2 {
                    pieces.append(.text(page[0], format, link: link))
                    pieces.append(.runs(pageField(r.anchor, format: format)))
                    pieces.append(.text(page[1], format, link: link))
                }
            }
        }
    }

    /// Soft break → " " unless a neighbour is CJK or already whitespace.
    private func resolveSoftBreaks(_ pieces: inout [Piece]) {
        for i in pieces.indices {
            guard case .softBreak(let link) = pieces[i] else { continue }
            var before: Unicode.Scalar?
            var after: Unicode.Scalar?
            for j in stride(from: i - 1, through: 0, by: -1) {
                if case .text(let s, _, _) = pieces[j], let last = s.unicodeScalars.last { before = last; break }
                if case .lineBreak = pieces[j] { break }
            }
            for j in (i + 1)..<pieces.count {
                if case .text(let s, _, _) = pieces[j], let first = s.unicodeScalars.first { after = first; break }
                if case .lineBreak = pieces[j] { break }
            }
            let quiet = [before, after].contains { s in s.map { CJK.isWide($0) || $0.properties.isWhitespace } ?? true }
            pieces[i] = .text(quiet ? "" : " ", format(near: i, in: pieces), link: link)
        }
    }

    /// The formatting of the nearest text before `i` (a space takes its neighbour's size).
    private func format(near i: Int, in pieces: [Piece]) -> RunFormat {
        for j in stride(from: i - 1, through: 0, by: -1) {
            if case .text(_, let f, _) = pieces[j] { return f }
        }
        return RunFormat()
    }

    private func appendRun(_ piece: Piece, linked: Bool, to out: inout String) {
        switch piece {
        case .text(let s, let f, _):
            if !s.isEmpty { appendRun(text: s, format: f, linked: linked, to: &out) }
        case .lineBreak(let f, _):
            out += "<w:r>"
            out += runProperties(f, linked: linked)
            out += "<w:br/></w:r>"
        case .softBreak:
            break
        case .runs(let xml):
            out += xml
        }
    }

    /// `w:rPr` in CT_RPr order: rStyle, rFonts, b, i, strike, u.
    func runProperties(_ f: RunFormat, linked: Bool) -> String {
        var out = ""
        if linked, let id = style("Hyperlink") { out += "<w:rStyle w:val=\"\(id)\"/>" }
        else if f.code, let id = style("Verbatim Char") { out += "<w:rStyle w:val=\"\(id)\"/>" }
        if f.code, linked || style("Verbatim Char") == nil {
            out += "<w:rFonts w:ascii=\"Consolas\" w:hAnsi=\"Consolas\" w:eastAsia=\"NSimSun\" w:cs=\"Courier New\"/>"
        }
        if f.bold { out += "<w:b/><w:bCs/>" }
        if f.italic { out += "<w:i/><w:iCs/>" }
        if f.strike { out += "<w:strike/>" }
        if let size = f.size { out += "<w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>" }
        if f.underline { out += "<w:u w:val=\"single\"/>" }
        return out.isEmpty ? "" : "<w:rPr>\(out)</w:rPr>"
    }

    /// One run; tabs and line feeds inside the text become `w:tab` and `w:br`.
    func run(text: String, format: RunFormat = RunFormat(), linked: Bool = false) -> String {
        var out = ""
        appendRun(text: text, format: format, linked: linked, to: &out)
        return out
    }

    private func appendRun(text: String, format: RunFormat, linked: Bool, to out: inout String) {
        out += "<w:r>"
        out += runProperties(format, linked: linked)
        appendTextContent(text, to: &out)
        out += "</w:r>"
    }

    /// Run content for `text`: `w:t` (spaces preserved, no-break where a line must not split a
    /// number from its unit or a code from its number: `NoBreakSpaces`), `w:tab`, `w:br`.
    func textContent(_ text: String) -> String {
        var out = ""
        appendTextContent(text, to: &out)
        return out
    }

    private func appendTextContent(_ text: String, to out: inout String) {
        let text = NoBreakSpaces.apply(text)
        // Most text has no tab or line break: one `w:t` of the whole.
        guard text.utf8.contains(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
            Self.appendT(text, to: &out)
            return
        }
        var chunk = ""
        var previousCR = false
        for s in text.unicodeScalars {
            switch s {
            case "\t": Self.appendT(chunk, to: &out); chunk = ""; out += "<w:tab/>"
            case "\n": if !previousCR { Self.appendT(chunk, to: &out); chunk = ""; out += "<w:br/>" }
            case "\r": Self.appendT(chunk, to: &out); chunk = ""; out += "<w:br/>"
            default: chunk.unicodeScalars.append(s)
            }
            previousCR = s == "\r"
        }
        Self.appendT(chunk, to: &out)
    }

    /// `w:t` of `chunk` (nothing when empty); `xml:space` only where Word would otherwise drop
    /// spaces: at either end, or two in a row.
    private static func appendT(_ chunk: String, to out: inout String) {
        guard let first = chunk.utf8.first, let last = chunk.utf8.last else { return }
        // One pass over the bytes: two spaces in a row, and whether anything needs `XMLText.escape`
        // (markup characters, C0 controls, U+FFFE / U+FFFF: EF BF BE / EF BF BF).
        var doubleSpace = false
        var escape = false
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for b in chunk.utf8 {
            if b == 0x20, previous == 0x20 { doubleSpace = true }
            if b < 0x20 || b == UInt8(ascii: "&") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") { escape = true }
            if b >= 0xBE, beforePrevious == 0xEF, previous == 0xBF { escape = true }
            beforePrevious = previous
            previous = b
        }
        out += first == 0x20 || last == 0x20 || doubleSpace ? "<w:t xml:space=\"preserve\">" : "<w:t>"
        out += escape ? XMLText.escape(chunk) : chunk
        out += "</w:t>"
    }

    /// External URLs become relationships (TargetMode External); `#anchor` links go to bookmarks.
    private func hyperlink(_ url: String, content: String) -> String {
        if url.hasPrefix("#") {
            return "<w:hyperlink w:anchor=\"\(bookmarks.name(for: String(url.dropFirst())))\" w:history=\"1\">\(content)</w:hyperlink>"
        }
        let id = relationships.hyperlink(url)
        return "<w:hyperlink r:id=\"\(id)\" w:history=\"1\">\(content)</w:hyperlink>"
    }
}
