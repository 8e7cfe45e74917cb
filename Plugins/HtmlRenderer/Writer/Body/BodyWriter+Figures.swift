import BidKitPluginSDK

/// Images as `<figure><img alt><figcaption>`, their bytes embedded as `data:` URIs so the file
/// opens anywhere — on an evaluator's laptop without network, from an e-mail attachment —
/// with every picture in place.
extension BodyWriter {
    mutating func writeFigure(_ image: Image) throws {
        guard let resource = package.resource(id: image.resource) else {
            throw RenderError("image '\(image.resource)' (alt text '\(image.alt)') refers to a resource the package does not carry")
        }
        let source = externalImages
            ? ExternalImage.path(projectID: package.metadata.projectID, resourceID: resource.id)
            : try DataURI.make(mediaType: resource.mediaType, bytes: resource.data, resourceID: resource.id)
        out.open("figure", [("class", "figure"), ("id", anchors.claim(image.anchor))])
        out.newline()
        out.open("img", [("src", source), ("alt", image.alt), ("style", FigureWidth.style(image.width))])
        out.newline()
        if !image.captionLine.isEmpty {
            out.element("figcaption", text: image.captionLine)
            out.newline()
        }
        out.close("figure")
        out.newline()
    }
}

/// Where the host puts a resource for `images=external`: `<project-id>_files/<resource id>`,
/// each path segment percent-encoded for the `src` attribute.
enum ExternalImage {
    static func path(projectID: String, resourceID: String) -> String {
        ([projectID + "_files"] + resourceID.split(separator: "/").map(String.init)).map(encode).joined(separator: "/")
    }

    private static func encode(_ segment: String) -> String {
        var out = ""
        for byte in segment.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80, c.isLetter || c.isNumber || "-._~".contains(c) { out.append(c) } else { out += "%" + hex(byte) }
        }
        return out
    }

    private static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(b >> 4)], digits[Int(b & 15)]])
    }
}

/// `data:` URIs for embedded images.
enum DataURI {
    /// Raster formats every browser shows in `<img>`, plus SVG (scripts in an SVG loaded through
    /// `<img>` never run).
    static let imageTypes: Set<String> = ["image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml"]

    static func make(mediaType: String, bytes: [UInt8], resourceID: String) throws -> String {
        let type = mediaType.lowercased()
        guard imageTypes.contains(type) else {
            throw RenderError("image '\(resourceID)' has media type '\(mediaType)'; the HTML renderer embeds \(imageTypes.sorted().joined(separator: ", "))")
        }
        return "data:" + type + ";base64," + Base64.encode(bytes)
    }
}

/// RFC 4648 base64 with padding. Written out rather than borrowed from Foundation so the writer's
/// output depends on nothing but its input.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i + 3 <= bytes.count {
            let n = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
            out += [alphabet[Int(n >> 18 & 63)], alphabet[Int(n >> 12 & 63)], alphabet[Int(n >> 6 & 63)], alphabet[Int(n & 63)]]
            i += 3
        }
        let rest = bytes.count - i
        if rest == 1 {
            let n = UInt32(bytes[i]) << 16
            out += [alphabet[Int(n >> 18 & 63)], alphabet[Int(n >> 12 & 63)], UInt8(ascii: "="), UInt8(ascii: "=")]
        } else if rest == 2 {
            let n = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8
            out += [alphabet[Int(n >> 18 & 63)], alphabet[Int(n >> 12 & 63)], alphabet[Int(n >> 6 & 63)], UInt8(ascii: "=")]
        }
        return String(decoding: out, as: UTF8.self)
    }
}
