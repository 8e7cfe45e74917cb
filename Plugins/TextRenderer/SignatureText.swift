import BidKitPluginSDK

/// The seal / signature / date block at the end of a letter or form.
///
/// Set against the right margin like the signing area of a printed form, lines left-aligned
/// among themselves; an empty slot gets a line of underscores to sign or stamp on, with a
/// blank line between slots for the ink.
enum SignatureText {
    static let blank = String(repeating: "_", count: 10)

    static func lines(for signature: Signature, settings: TextSettings, width: Int) -> [String] {
        let groups = signature.slots.map { slot in
            let text = settings.labels.labelled(slot.label, slot.value.isEmpty ? blank : slot.value)
            return settings.wrap(text, width: width)
        }
        let blockWidth = groups.joined().map { settings.width(of: $0) }.max() ?? 0
        let margin = TextPad.spaces(width - blockWidth)
        return TextLines.joinBlocks(groups).map { $0.isEmpty ? "" : margin + $0 }
    }
}
