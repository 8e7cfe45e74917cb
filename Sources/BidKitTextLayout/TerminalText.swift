/// Text about to be shown on a terminal, with every character that could act on the terminal shown
/// as an escape instead: C0 and C1 controls (ESC starts colour, cursor and title sequences; CR
/// rewrites the line; NUL truncates), DEL, and the bidirectional embeddings, overrides and isolates
/// that reorder what is displayed (Trojan Source). Line feeds and tabs stay.
///
/// Diagnostics quote input (a YAML value, a CSV header, a plugin's error message), so the one place
/// where the CLI prints, and the plugin host where a plugin's text enters, pass everything through here.
public enum TerminalText {
    ///
    /// `keepingColors`: SGR sequences (`ESC [ 1;31 m`, colour and weight only, which cannot move the
    /// cursor or rewrite anything) are kept, for reports bidkit colours itself on a terminal.
    public static func safe(_ text: String, keepingColors: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            i += 1
            if keepingColors, c == "\u{1B}", let end = sgrEnd(scalars, from: i) {
                out.append(contentsOf: scalars[(i - 1)..<end])
                i = end
            } else if needsEscape(c) {
                out.append(contentsOf: "\\u{\(String(c.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(c)
            }
        }
        return String(out)
    }

    /// Index after `[ digits-and-semicolons m` starting at `start`, if that is what follows.
    private static func sgrEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        guard start < s.count, s[start] == "[" else { return nil }
        var j = start + 1
        while j < s.count, s[j] == ";" || ("0"..."9").contains(s[j]) { j += 1 }
        return j < s.count && s[j] == "m" ? j + 1 : nil
    }

    static func needsEscape(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0A, 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
