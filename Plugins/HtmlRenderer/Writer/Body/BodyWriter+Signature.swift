import BidKitPluginSDK

/// Seal, signature and date blocks.
///
/// Each slot is a line "label：value". A pre-filled value (the bidder's name, the signer, the date)
/// is printed; an empty one becomes a blank rule to sign on. Slots carry their kind as a class
/// (`slot-seal`, `slot-signature`, `slot-date`) for templates that lay them out differently.
extension BodyWriter {
    mutating func writeSignature(_ signature: Signature) {
        out.open("div", [("class", "signature")])
        out.newline()
        for slot in signature.slots {
            out.open("p", [("class", "slot slot-" + slot.kind.rawValue)])
            out.element("span", [("class", "slot-label")], text: slot.label + labels.colon)
            if slot.value.isEmpty {
                out.open("span", [("class", "slot-value blank")])
                out.close("span")
            } else {
                out.element("span", [("class", "slot-value")], text: slot.value)
            }
            out.close("p")
            out.newline()
        }
        out.close("div")
        out.newline()
    }
}
