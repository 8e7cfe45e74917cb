/// Read-only access to a .docx's body and styles for readers outside this module (the tender
/// importer), through the same hardened zip and XML reading the form reader uses. A stop-gap until
/// the shared OOXML module serves every reader: the importer depends on `WordNode` only.
public enum WordParts {
    /// Opens the package and hands `body` the `w:document` root and the `w:styles` root (if any);
    /// both are valid only inside `body`.
    public static func read<T>(_ bytes: [UInt8], file: String, _ body: (WordNode, WordNode?) throws -> T) throws -> T {
        try ZipArchive.withArchive(bytes, file: file) { zip in
            let part = "word/document.xml"
            guard let xml = try zip.read(part) else { throw DocxReadError(file: file, message: "has no \(part); is it a Word document?") }
            let tree = try XMLTree(xml, part: part, file: file)
            let styles = try zip.read("word/styles.xml").map { try XMLTree($0, part: "word/styles.xml", file: file) }
            guard let root = tree.root, root.isW("document") else {
                throw DocxReadError(file: file, message: "\(part) is not a WordprocessingML document (no w:document element)")
            }
            return try body(WordNode(root), styles?.root.map(WordNode.init))
        }
    }
}

/// A borrowed element of a part opened by `WordParts.read`.
public struct WordNode {
    let node: XMLNode

    init(_ node: XMLNode) { self.node = node }

    public var name: String { node.localName }
    /// True for the WordprocessingML element `name`.
    public func isW(_ name: String) -> Bool { node.isW(name) }
    public var children: [WordNode] { node.children.map(WordNode.init) }
    public func firstW(_ name: String) -> WordNode? { node.firstW(name).map(WordNode.init) }
    /// A `w:` attribute (`w:val` by default).
    public func w(_ attribute: String = "val") -> String? { node.w(attribute) }
    /// Character data directly inside (entity references never expanded).
    public var text: String { node.text }
}
