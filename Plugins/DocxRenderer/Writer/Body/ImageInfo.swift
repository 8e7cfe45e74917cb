import BidKitPluginSDK

/// Pixel size and resolution read from a PNG or JPEG header, to size the picture as its author
/// meant: extent (EMU) = pixels / dpi × 914400. Images that state no resolution count as 96 dpi.
struct ImageInfo: Equatable {
    enum Format: String { case png, jpeg, gif, svg }
    var format: Format
    var width: Int
    var height: Int
    var dpiX: Double = 96
    var dpiY: Double = 96

    static let emuPerInch = 914_400.0

    /// The natural extent in EMU.
    var extent: (cx: Int, cy: Int) {
        (Int((Double(width) / dpiX * Self.emuPerInch).rounded()), Int((Double(height) / dpiY * Self.emuPerInch).rounded()))
    }

    /// The extent scaled down (never up), keeping the aspect ratio, to fit `maxCX` × `maxCY`; a
    /// `requested` width (a share of `maxCX`, or a length: 1 µm = 36 EMU) replaces the natural one first.
    func fitted(maxCX: Int, maxCY: Int, requested: ImageWidth = .natural) -> (cx: Int, cy: Int) {
        var (cx, cy) = extent
        if cx > 0, cy > 0 {
            let wanted: Int? = switch requested {
            case .natural: nil
            case .percent(let p): maxCX * min(max(p, 1), 100) / 100
            case .micrometres(let m): min(max(m, 1), 10_000_000) * 36
            }
            if let wanted { (cx, cy) = (wanted, Int((Double(cy) * Double(wanted) / Double(cx)).rounded())) }
        }
        guard cx > 0, cy > 0 else { return (max(cx, 1), max(cy, 1)) }
        let scale = min(1, Double(maxCX) / Double(cx), Double(maxCY) / Double(cy))
        guard scale < 1 else { return (cx, cy) }
        return (Int((Double(cx) * scale).rounded()), Int((Double(cy) * scale).rounded()))
    }

    static func read(_ data: [UInt8]) -> ImageInfo? {
        if data.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return png(data) }
        if data.starts(with: [0xFF, 0xD8]) { return jpeg(data) }
        if data.starts(with: Array("GIF8".utf8)), data.count >= 10 {
            // The logical screen size, little-endian, after "GIF87a"/"GIF89a"; GIF has no resolution.
            let info = ImageInfo(format: .gif, width: Int(data[6]) | Int(data[7]) << 8, height: Int(data[8]) | Int(data[9]) << 8)
            return info.width > 0 && info.height > 0 ? info : nil
        }
        return nil
    }

    private static func be32(_ d: [UInt8], _ i: Int) -> Int {
        Int(d[i]) << 24 | Int(d[i + 1]) << 16 | Int(d[i + 2]) << 8 | Int(d[i + 3])
    }

    private static func be16(_ d: [UInt8], _ i: Int) -> Int { Int(d[i]) << 8 | Int(d[i + 1]) }

    /// IHDR gives the size; a pHYs chunk in pixels per metre (unit 1) gives the resolution.
    private static func png(_ d: [UInt8]) -> ImageInfo? {
        var info: ImageInfo?
        var i = 8
        while i + 8 <= d.count {
            let length = be32(d, i)
            let type = String(decoding: d[(i + 4)..<(i + 8)], as: UTF8.self)
            let start = i + 8
            guard length >= 0, start + length <= d.count else { break }
            if type == "IHDR", length >= 8 {
                info = ImageInfo(format: .png, width: be32(d, start), height: be32(d, start + 4))
            } else if type == "pHYs", length >= 9, d[start + 8] == 1 {
                // pHYs stores whole pixels per metre: 192 dpi is 7559 ppm = 191.9986 dpi. Snap to
                // the whole dpi the author meant when it is that close.
                func dpi(_ ppm: Int) -> Double {
                    let v = Double(ppm) * 0.0254
                    return abs(v - v.rounded()) < 0.05 ? v.rounded() : v
                }
                let x = dpi(be32(d, start)), y = dpi(be32(d, start + 4))
                if x >= 1, y >= 1 { info?.dpiX = x; info?.dpiY = y }
            } else if type == "IDAT" || type == "IEND" {
                break
            }
            i = start + length + 4
        }
        guard let info, info.width > 0, info.height > 0 else { return nil }
        return info
    }

    /// A SOFn marker gives the size; a JFIF APP0 segment gives the density (units 1 = dpi, 2 = dpcm).
    private static func jpeg(_ d: [UInt8]) -> ImageInfo? {
        var i = 2
        var dpi: (Double, Double)?
        while i + 4 <= d.count {
            guard d[i] == 0xFF else { return nil }
            let marker = d[i + 1]
            if marker == 0xFF { i += 1; continue }
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) { i += 2; continue }
            let length = be16(d, i + 2)
            let start = i + 4
            guard length >= 2, start + length - 2 <= d.count else { return nil }
            if marker == 0xE0, length >= 14, d[start..<(start + 5)].elementsEqual([0x4A, 0x46, 0x49, 0x46, 0x00]) {
                let units = d[start + 7], x = Double(be16(d, start + 8)), y = Double(be16(d, start + 10))
                if x > 0, y > 0 {
                    if units == 1 { dpi = (x, y) } else if units == 2 { dpi = (x * 2.54, y * 2.54) }
                }
            } else if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker), length >= 7 {
                var info = ImageInfo(format: .jpeg, width: be16(d, start + 3), height: be16(d, start + 1))
                if let dpi { info.dpiX = dpi.0; info.dpiY = dpi.1 }
                return info.width > 0 && info.height > 0 ? info : nil
            } else if marker == 0xDA {
                return nil
            }
            i = start + length - 2
        }
        return nil
    }
}
