import BidKitPluginSDK

/// The cover: what the bid is, for which tender, from whom, and which copy this is.
///
/// Laid out as one centred block of "label：value" lines, left-aligned among themselves so
/// the colons form a column; a long value wraps under itself rather than under its label.
enum CoverText {
    static func lines(_ metadata: Metadata, settings: TextSettings) -> [String] {
        let labels = settings.labels
        let width = settings.width
        // `document_kind` names a document that is not the bid itself (the check report's 投标文件检查报告).
        let kind = metadata.field("document_kind").flatMap { $0.isEmpty ? nil : $0 } ?? labels.documentTitle
        var out = [settings.center(kind, in: width)]
        if let volume = metadata.field("volume"), !volume.isEmpty { out.append(settings.center(volume, in: width)) }
        if let copy = metadata.field("copy"), !copy.isEmpty {
            out += ["", settings.center(copy, in: width)]
        }
        let items = [
            (labels.projectName, metadata.title),
            (labels.tenderNumber, metadata.tenderNumber),
            (labels.buyer, metadata.buyer),
            (labels.bidder, metadata.bidder),
            (labels.date, metadata.date),
        ]
        var block: [String] = []
        for (label, value) in items where !value.isEmpty {
            block += labelledLines(labels.labelled(label, ""), value, width: width, settings: settings)
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
