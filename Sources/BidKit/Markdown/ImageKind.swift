import BidKitOOXML
import Foundation

/// What a picture is, by its content, not its extension (a renamed file must not reach Word with the
/// wrong type): PNG, JPEG, GIF, WebP or SVG. An SVG is XML and hostile like any other: it is parsed
/// with the hardened parser (no DTD, no entities, no network) and refused when it could make a
/// renderer or converter fetch anything (`SVGPolicy`).
enum ImageKind {
    static func mediaType(of bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "image/png" }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) { return "image/gif" }
        if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), bytes[8..<12].elementsEqual("WEBP".utf8) { return "image/webp" }
        if looksLikeSVG(bytes) { return "image/svg+xml" }
        return nil
    }

    /// Text whose first element is `<svg` (after an XML declaration, comments or white space).
    private static func looksLikeSVG(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
        guard let svg = head.range(of: "<svg") else { return false }
        let before = head[..<svg.lowerBound].replacingOccurrences(of: "\u{FEFF}", with: "")
        // Only a declaration and comments may come before the root element.
        var rest = Substring(before)
        while let open = rest.range(of: "<") {
            guard rest[open.lowerBound...].hasPrefix("<?xml") || rest[open.lowerBound...].hasPrefix("<!--"),
                  let close = rest[open.lowerBound...].range(of: rest[open.lowerBound...].hasPrefix("<!--") ? "-->" : "?>") else { return false }
            rest = rest[close.upperBound...]
        }
        return rest.allSatisfy(\.isWhitespace)
    }
}

/// An SVG a renderer may embed: well-formed XML under limits, and nothing in it that loads another
/// resource — no `<script>`, no `<foreignObject>`, no `href` other than a fragment (`#id`) or an
/// embedded `data:image/…`, no CSS `url(…)` other than `url(#id)`, no `@import`. LibreOffice renders
/// the SVG when it makes the PDF, and would otherwise fetch what it names from disk or network.
enum SVGPolicy {
    static let limits = OOXMLLimits(purpose: "SVG images", maxPackageBytes: 32 << 20, maxEntries: 1, maxPartBytes: 32 << 20,
                                    maxTotalBytes: 32 << 20, maxXMLDepth: 256, maxXMLNodes: 2_000_000)

    /// Why the SVG is refused, or nil.
    static func problem(_ bytes: [UInt8], file: String) -> String? {
        let tree: XMLTree
        do {
            tree = try XMLTree(bytes, part: "the SVG", file: file, limits: limits)
        } catch let error as OOXMLError {
            return error.message
        } catch {
            return "cannot be read as SVG"
        }
        guard tree.root?.name == "svg" else { return "is not an SVG picture (its root element is not <svg>)" }
        if let bad = tree.nodes("//*[local-name()='script' or local-name()='foreignObject']").first {
            return "holds <\(bad.name)>, which a bid picture may not; save it as plain SVG (Inkscape: Save As › Plain SVG) or PNG"
        }
        for attribute in tree.nodes("//@*") {
            let value = attribute.text.trimmingCharacters(in: .whitespaces)
            if attribute.name == "href", !value.hasPrefix("#"), !value.lowercased().hasPrefix("data:image/") {
                return "refers to another file or address (href=\"\(value.prefix(60))\"); embed the picture in the SVG or use PNG"
            }
            if let problem = cssProblem(value) { return problem }
        }
        for style in tree.nodes("//*[local-name()='style']") {
            if let problem = cssProblem(style.text) { return problem }
        }
        return nil
    }

    private static func cssProblem(_ css: String) -> String? {
        let lower = css.lowercased()
        if lower.contains("@import") { return "imports a style sheet (@import); inline the styles" }
        var rest = Substring(lower)
        while let url = rest.range(of: "url(") {
            let target = rest[url.upperBound...].drop { $0 == " " || $0 == "'" || $0 == "\"" }
            if !target.hasPrefix("#"), !target.hasPrefix("data:image/") {
                return "refers to another file or address in a style (url(\(target.prefix(40)))); use url(#id) or embed it"
            }
            rest = rest[url.upperBound...]
        }
        return nil
    }
}
