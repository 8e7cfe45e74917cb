import BidKitExternalTools
import BidKitPluginSDK

/// The HTML's own layout pass: the page is printed by headless Chromium, the browser whose print
/// it is written for, and the page of every anchor is read back from the PDF, so the core can
/// write into the contents the numbers the print shows (CSS `target-counter()`, which would do it
/// in the stylesheet, is not implemented by Chromium).
///
/// How the page of an anchor is found: Chromium turns the target of every in-page link into a PDF
/// named destination (named as the link's `#fragment` is written) on the page where the target is
/// laid out, hidden links included. The layout render carries a hidden `<nav>` linking every
/// anchor (`BodyWriter.writeLayoutProbe`), which changes no box, and `pdfinfo -dests` lists them.
enum HtmlPagination {
    /// Seconds one print may take (a 500-page bid prints in well under a minute).
    static let timeout: Double = 180

    /// The page map of `html`, printed: the physical page of every anchor of `ids` (anchor → id)
    /// and the number the print shows there (`label`).
    static func pageMap(html: String, ids: [String: String], environment: [String: String], timeout: Double) throws -> PageMap {
        let chromium: Chromium
        switch Chromium.locate(environment: environment) {
        case .success(var found):
            found.timeout = timeout
            chromium = found
        case .failure(let missing):
            throw RenderError("\(missing)")
        }
        if case .failure(let missing) = ExternalTool.pdfinfo.locate(environment: environment) {
            throw RenderError("\(missing)")
        }
        do {
            let pdf = try chromium.printToPDF(html: Array(html.utf8))
            let read = try Poppler(environment: environment).destinations(of: pdf)
            return map(pages: read.pages, destinations: read.destinations, ids: ids)
        } catch let error as RenderError {
            throw error
        } catch {
            throw RenderError("\(error)")
        }
    }

    /// From the destinations to the page map. Pages are counted as the print numbers them
    /// (`PrintFurniture`): the first page (the cover) has no number, the second is 1.
    static func map(pages: Int, destinations: [Poppler.Destination], ids: [String: String]) -> PageMap {
        var byName: [String: Poppler.Destination] = [:]
        for d in destinations where byName[d.name] == nil { byName[d.name] = d }
        var map = PageMap(pageCount: pages)
        for (anchor, id) in ids {
            guard let d = byName[String(Anchors.href(for: id).dropFirst())] else { continue }
            map.places[anchor] = PageMap.Place(page: d.page, label: label(d.page), fromTop: d.fromTop)
        }
        return map
    }

    static func label(_ page: Int) -> String { page >= 2 ? String(page - 1) : "" }
}
