import BidKitPluginSDK

/// The cover, from the package's front matter: the copy mark, the project title and what the
/// document is (with its volume), centred, then the cover's "label：value" lines as one centred
/// block, left-aligned among themselves; a long value wraps under itself rather than under its label.
enum CoverText {
    static func lines(_ cover: Cover, settings: TextSettings) -> [String] {
        let width = settings.width
        var out: [String] = []
        if !cover.copy.isEmpty { out += [settings.center(cover.copy, in: width), ""] }
        out += settings.wrap(cover.title, width: width).map { settings.center($0, in: width) }
        out.append(settings.center(cover.kind, in: width))
        if !cover.volume.isEmpty { out.append(settings.center(cover.volume, in: width)) }
        var block: [String] = []
        for line in cover.lines {
            let value = (line.value.isEmpty ? SignatureText.blank : line.value) + line.note
            block += labelledLines(settings.labels.labelled(line.spacedLabel, ""), value, width: width, settings: settings)
        }
        guard !block.isEmpty else { return out }
        let blockWidth = block.map { settings.width(of: $0) }.max() ?? 0
        let margin = TextPad.spaces((width - blockWidth) / 2)
        return out + [""] + block.map { margin + $0 }
    }

    /// "label：value", the value wrapped with a hanging indent the width of the label.
    private static func labelledLines(_ label: String, _ value: String, width: Int, settings: TextSettings) -> [String] {
        let labelWidth = settings.width(of: label)
        let valueLines = settings.wrap(value, width: max(width - labelWidth, 10))
        return TextLines.prefix(valueLines, first: label, rest: TextPad.spaces(labelWidth))
    }
}
