import BidKitExternalTools
import BidKitPluginSDK

/// From the PDF's named destinations to the page map: physical pages, and the numbers printed on
/// them, which follow the DOCX layout (`DocumentBuilder`): the cover has none, the table of
/// contents counts I, II, … and the first part starts again at 1, numbering running on to the end.
enum PageLabels {
    static func map(pages: Int, destinations: [Poppler.Destination], bookmarks: [String: String], firstPart: String?) -> PageMap {
        // LibreOffice writes a bookmark's name as a named destination with every byte other than
        // an ASCII letter or digit spelled as two hex digits ("bid_letter" → "bid5Fletter").
        var byName: [String: Poppler.Destination] = [:]
        for d in destinations where byName[d.name] == nil { byName[d.name] = d }
        var physical: [String: Poppler.Destination] = [:]
        for (anchor, bookmark) in bookmarks {
            if let d = byName[destinationName(bookmark)] { physical[anchor] = d }
        }
        let first = firstPart.flatMap { physical[$0]?.page } ?? 2
        var map = PageMap(pageCount: pages)
        for (anchor, d) in physical {
            map.places[anchor] = PageMap.Place(page: d.page, label: label(d.page, firstNumbered: first), fromTop: d.fromTop)
        }
        return map
    }

    static func destinationName(_ bookmark: String) -> String {
        var out = ""
        for b in bookmark.utf8 {
            let isAlnum = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            out += isAlnum ? String(UnicodeScalar(b)) : String(b, radix: 16, uppercase: true).leftPadded(to: 2)
        }
        return out
    }

    static func label(_ page: Int, firstNumbered: Int) -> String {
        if page >= firstNumbered { return String(page - firstNumbered + 1) }
        return page <= 1 ? "" : roman(page - 1)
    }

    static func roman(_ n: Int) -> String {
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = n, out = ""
        for (value, letters) in table {
            while n >= value {
                out += letters
                n -= value
            }
        }
        return out
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
