/// Width and height in pixels from a PNG or JPEG header: enough to tell whether a scan holds more
/// pixels than a print needs (before GraphicsMagick is started) and to recognise a picture among
/// the images `pdfimages` lists. Hand-written because it is two fixed header layouts and no tool
/// needs starting for it; the DOCX writer reads resolution from the same headers for its own sizing
/// (renderers do not import this module).
public struct PixelSize: Sendable, Hashable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    public var pixels: Int { width.multipliedReportingOverflow(by: height).overflow ? Int.max : width * height }
    public var description: String { "\(width) × \(height)" }
    /// The same picture turned a quarter: a viewer applying a JPEG's EXIF orientation swaps the sides.
    public var turned: PixelSize { PixelSize(width: height, height: width) }

    /// The size a PNG (IHDR) or JPEG (first SOFn frame header) declares; nil for anything else.
    public static func of(_ d: [UInt8]) -> PixelSize? {
        func be(_ i: Int, _ n: Int) -> Int { d[i..<(i + n)].reduce(0) { $0 << 8 | Int($1) } }
        if d.count >= 24, d.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), d[12..<16].elementsEqual(Array("IHDR".utf8)) {
            return valid(be(16, 4), be(20, 4))
        }
        guard d.starts(with: [0xFF, 0xD8]) else { return nil }
        var i = 2
        while i + 4 <= d.count {
            guard d[i] == 0xFF else { return nil }
            let marker = d[i + 1]
            // Fill bytes, and markers that stand alone without a length.
            if marker == 0xFF || marker == 0x01 || (0xD0...0xD8).contains(marker) {
                i += marker == 0xFF ? 1 : 2
                continue
            }
            let length = be(i + 2, 2)
            guard length >= 2, i + 2 + length <= d.count else { return nil }
            let isFrame = (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker)
            if isFrame, length >= 7 { return valid(be(i + 7, 2), be(i + 5, 2)) }
            if marker == 0xDA || marker == 0xD9 { return nil }
            i += 2 + length
        }
        return nil
    }

    private static func valid(_ w: Int, _ h: Int) -> PixelSize? { w > 0 && h > 0 ? PixelSize(width: w, height: h) : nil }
}
