/// The font families WordprocessingML parts name in `w:rFonts` (ascii, hAnsi, eastAsia, cs).
enum FontNames {
    static func named(in parts: [String]) -> Set<String> {
        var out: Set<String> = []
        for part in parts {
            var rest = part[...]
            while let r = rest.range(of: "<w:rFonts ") {
                let tail = rest[r.upperBound...]
                guard let end = tail.firstIndex(of: ">") else { break }
                for attribute in ["w:ascii=\"", "w:hAnsi=\"", "w:eastAsia=\"", "w:cs=\""] {
                    guard let a = tail[..<end].range(of: attribute), let q = tail[a.upperBound..<end].firstIndex(of: "\"") else { continue }
                    let name = String(tail[a.upperBound..<q])
                    if !name.isEmpty, !name.contains("&") { out.insert(name) }
                }
                rest = tail[end...]
            }
        }
        return out
    }
}
