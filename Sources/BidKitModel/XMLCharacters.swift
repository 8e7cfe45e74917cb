/// Characters XML 1.0 does not allow (C0 controls but tab, line feed and carriage return;
/// U+FFFE, U+FFFF; lone surrogates cannot occur in Swift strings). Word refuses a .docx holding
/// one, and they mean nothing on paper. The core removes them from each section once while
/// assembling and warns; a renderer that writes XML runs the same pass over a whole package
/// (it may be handed one by another host), so there is one definition and one walker.
public enum XMLCharacters {
    public static func isAllowed(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x00..<0x20, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    /// A byte scan for the fast path: C0 controls other than tab/LF/CR, or EF BF BE/BF (U+FFFE/F).
    public static func mayContainDisallowed(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { buf in
            for i in 0..<buf.count {
                let b = buf[i]
                if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D { return true }
                if b == 0xEF, i + 2 < buf.count, buf[i + 1] == 0xBF, buf[i + 2] >= 0xBE { return true }
            }
            return false
        }
    }

    /// `section` without disallowed characters, and a warning naming it when any were removed.
    public static func clean(_ section: Section) -> (Section, warning: String?) {
        var removed = Removed()
        var s = section
        s.title = removed.clean(s.title)
        s.number = removed.clean(s.number)
        s.blocks = s.blocks.map { $0.mapText { removed.clean($0) } }
        return (s, removed.warning(for: "section \(s.numberedTitle) (\(s.id))"))
    }

    /// The whole package cleaned, with one warning per place (metadata, cover, part, section).
    public static func clean(_ package: BidPackage) -> (BidPackage, warnings: [String]) {
        var p = package
        var warnings: [String] = []
        var removed = Removed()
        var m = p.metadata
        for path in [\Metadata.title, \.tenderNumber, \.buyer, \.agent, \.bidder, \.date, \.deadline, \.currency, \.projectID, \.language, \.template] {
            m[keyPath: path] = removed.clean(m[keyPath: path])
        }
        m.fields = m.fields.map { Field(removed.clean($0.key), removed.clean($0.value)) }
        p.metadata = m
        if let w = removed.warning(for: "metadata") { warnings.append(w) }
        var front = p.frontMatter
        for path in [\Cover.copy, \.title, \.kind, \.volume] { front.cover[keyPath: path] = removed.clean(front.cover[keyPath: path]) }
        front.cover.lines = front.cover.lines.map {
            Cover.Line(key: removed.clean($0.key), label: removed.clean($0.label), value: removed.clean($0.value), note: removed.clean($0.note))
        }
        front.labels = Labels(front.labels.entries.map { Field(removed.clean($0.key), removed.clean($0.value)) })
        if let w = removed.warning(for: "cover") { warnings.append(w) }
        if let contents = front.contents {
            let (section, warning) = clean(contents)
            front.contents = section
            if let warning { warnings.append(warning) }
        }
        p.frontMatter = front
        for i in p.parts.indices {
            p.parts[i].title = removed.clean(p.parts[i].title)
            p.parts[i].number = removed.clean(p.parts[i].number)
            if let w = removed.warning(for: "part \(p.parts[i].numberedTitle) (\(p.parts[i].id))") { warnings.append(w) }
            for j in p.parts[i].sections.indices {
                let (section, warning) = clean(p.parts[i].sections[j])
                p.parts[i].sections[j] = section
                if let warning { warnings.append(warning) }
            }
        }
        return (p, warnings)
    }

    /// Collects what was removed until a place is reported.
    private struct Removed {
        var scalars: [Unicode.Scalar] = []

        mutating func clean(_ text: String) -> String {
            guard text.unicodeScalars.contains(where: { !isAllowed($0) }) else { return text }
            var out = String.UnicodeScalarView()
            for s in text.unicodeScalars {
                if isAllowed(s) { out.append(s) } else { scalars.append(s) }
            }
            return String(out)
        }

        mutating func warning(for place: String) -> String? {
            guard !scalars.isEmpty else { return nil }
            var seen: [Unicode.Scalar] = []
            for s in scalars where !seen.contains(s) { seen.append(s) }
            let codes = seen.sorted { $0.value < $1.value }.map { "U+" + hex4($0.value) }.joined(separator: ", ")
            defer { scalars = [] }
            return "\(place): removed \(scalars.count) character(s) not allowed in XML 1.0 (\(codes))"
        }

        private func hex4(_ v: UInt32) -> String {
            let h = String(v, radix: 16, uppercase: true)
            return String(repeating: "0", count: max(0, 4 - h.count)) + h
        }
    }
}
