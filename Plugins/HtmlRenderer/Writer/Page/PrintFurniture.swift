import BidKitPluginSDK

/// What a printed page carries in its margins, written for each bid as CSS page-margin boxes
/// (Chromium prints them since version 131): the project on the left and the tender number on
/// the right of the running header, "第 N 页" / "Page N" at the foot, nothing on the cover. Pages
/// are counted from the first page after the cover, as the DOCX counts them.
///
/// It comes after the built-in stylesheet and before the template's, so a template restyles it
/// or removes it (`@page { @top-left { content: none } }`).
enum PrintFurniture {
    /// `chinese`: the page number reads "第 N 页", else "Page N".
    static func css(project: String, tenderLabel: String, tenderNumber: String, chinese: Bool) -> String {
        let (pageBefore, pageAfter) = chinese ? ("第 ", " 页") : ("Page ", "")
        var rules = "/* ---- printed page margins (this bid) ---- */\n@page {\n"
        if !project.isEmpty { rules += "  @top-left { content: \(string(project)); }\n" }
        if !tenderNumber.isEmpty { rules += "  @top-right { content: \(string(tenderLabel + tenderNumber)); }\n" }
        rules += "  @bottom-center { content: \(string(pageBefore)) counter(page) \(string(pageAfter)); }\n}\n"
        rules += """
        @page :first {
          counter-reset: page 0;
          @top-left { content: none; }
          @top-right { content: none; }
          @bottom-center { content: none; }
        }

        """
        return rules
    }

    /// A CSS string literal. Quotes and backslashes are escaped, and so is every character that
    /// could end the `<style>` element or the declaration (`<`, `>`, `&`, controls, line breaks):
    /// project data stays data.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\", "<", ">", "&":
                out += "\\" + String(scalar.value, radix: 16, uppercase: true) + " "
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += "\\" + String(scalar.value, radix: 16, uppercase: true) + " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
