import BidKitOOXML

// WordprocessingML on top of BidKitOOXML's tree: the `w:` namespace in both conformance classes.

typealias XMLNode = XMLTree.Node

extension XMLTree.Node {
    /// True for the WordprocessingML element `name` (transitional or strict namespace).
    func isW(_ name: String) -> Bool { self.is(name, in: OOXMLNamespace.w) }

    func firstW(_ name: String) -> XMLNode? { first(name, in: OOXMLNamespace.w) }

    /// `w:val` (or another `w:` attribute).
    func w(_ name: String = "val") -> String? { attribute(name, in: OOXMLNamespace.w) }
}

enum Namespace {
    static func isW(_ uri: String?) -> Bool { uri.map(OOXMLNamespace.w.contains) ?? false }
}

extension String {
    /// Without leading and trailing XML whitespace (space, tab, CR, LF).
    var trimmingXMLWhitespace: String {
        let ws: Set<Character> = [" ", "\t", "\r", "\n", "\r\n"]
        var s = Substring(self)
        while let f = s.first, ws.contains(f) { s = s.dropFirst() }
        while let l = s.last, ws.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
