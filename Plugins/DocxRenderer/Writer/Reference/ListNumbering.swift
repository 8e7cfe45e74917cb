import BidKitOOXML
import BidKitPluginSDK

/// The numbering part: the reference's definitions (heading numbering among them) plus one
/// abstract definition and one `w:num` per list in the document.
///
/// Each list gets its own copy of the reference's bullet or ordered model, so no two lists share
/// counters (Word and LibreOffice disagree on how shared abstract definitions continue), and a
/// `w:num` with `w:lvlOverride/w:startOverride` for the list's first number. Nested lists use the
/// deeper levels of their top-level list's copy, which is how Word restarts them after each parent
/// item; a nested list of the other kind swaps that level for the other model's.
final class ListNumbering {
    struct Instance {
        let numID: Int
        fileprivate let abstractNode: XMLTree.Node
        /// Which kind each level was set up for, once used.
        fileprivate var levelKinds: [Int: Bool] = [:]
    }

    private static let maxID = 1_000_000
    private let tree: XMLTree
    private let root: XMLTree.Node
    private let defaults: XMLTree
    private let bulletModel: (XMLTree, XMLTree.Node)
    private let orderedModel: (XMLTree, XMLTree.Node)
    private var nextAbstractID: Int
    private var nextNumID: Int
    private var made = 0
    /// Where new definitions go, found once: abstract definitions before the first `w:num`, each
    /// `w:num` before `w:numIdMacAtCleanup` (or at the end). Looking them up per list was an XPath
    /// over a part that grows by one definition per list, quadratic in the number of lists.
    private var firstNum: XMLTree.Node?
    private let numsEnd: XMLTree.Node?

    init(reference: XMLTree, styles: StyleMap) throws {
        tree = reference
        guard let root = reference.root, reference.localName(root) == "numbering" else {
            throw RenderError("\(reference.origin): the numbering part has no w:numbering root")
        }
        self.root = root
        firstNum = reference.first("/w:numbering/w:num")
        numsEnd = reference.first("/w:numbering/w:numIdMacAtCleanup")
        let defaults = try XMLTree.builtIn(DefaultParts.numbering, "numbering.xml")
        self.defaults = defaults
        func model(numID: String?, name: String) -> (XMLTree, XMLTree.Node)? {
            if let numID, let abstractRef = reference.first("/w:numbering/w:num[@w:numId=\(XPath.literal(numID))]/w:abstractNumId"),
               let abstractID = reference.attribute(abstractRef, "val"),
               let node = reference.first("/w:numbering/w:abstractNum[@w:abstractNumId=\(XPath.literal(abstractID))]"),
               reference.first("w:numStyleLink", at: node) == nil {
                return (reference, node)
            }
            if let node = reference.first("/w:numbering/w:abstractNum[w:name/@w:val='\(name)']") { return (reference, node) }
            return defaults.first("/w:numbering/w:abstractNum[w:name/@w:val='\(name)']").map { (defaults, $0) }
        }
        guard let bullet = model(numID: styles.bulletNumID, name: "BidKit Bullet"),
              let ordered = model(numID: styles.orderedNumID, name: "BidKit Ordered") else {
            throw RenderError("built-in list numbering is missing its models")
        }
        bulletModel = bullet
        orderedModel = ordered
        // New ids follow the reference's own. Ids are ST_DecimalNumber (32-bit); one a hostile reference
        // puts beyond a million is ignored rather than pushing ours to overflow.
        nextAbstractID = reference.nodes("/w:numbering/w:abstractNum")
            .compactMap { reference.integer($0, "abstractNumId", in: 0...Self.maxID) }.max().map { $0 + 1 } ?? 1
        nextNumID = reference.nodes("/w:numbering/w:num")
            .compactMap { reference.integer($0, "numId", in: 0...Self.maxID) }.max().map { $0 + 1 } ?? 1
    }

    /// A fresh numbering instance for a top-level list.
    func newList(ordered: Bool, start: Int) throws -> Instance {
        let model = ordered ? orderedModel.1 : bulletModel.1
        guard let copy = tree.copy(model) else { throw RenderError("cannot copy the list numbering model") }
        // Abstract definitions precede every w:num in the schema.
        tree.link(copy, into: root, before: firstNum ?? numsEnd)
        let abstractID = nextAbstractID
        nextAbstractID += 1
        made += 1
        tree.setAttribute(copy, "abstractNumId", String(abstractID))
        for path in ["w:name", "w:styleLink", "w:numStyleLink", "w:lvl/w:pStyle"] {
            for node in tree.nodes(path, at: copy) { tree.remove(node) }
        }
        // Word identifies list definitions by nsid; a fixed sequence keeps the output reproducible.
        let nsid = String(0x5B1E_0000 + made, radix: 16, uppercase: true)
        if let node = tree.first("w:nsid", at: copy) { tree.setAttribute(node, "val", nsid) }
        else { try tree.insert(fragment: "<w:nsid w:val=\"\(nsid)\"/>", into: copy, before: tree.children(copy).first) }

        let numID = nextNumID
        nextNumID += 1
        let fragment = "<w:num w:numId=\"\(numID)\"><w:abstractNumId w:val=\"\(abstractID)\"/>"
            + "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"\(max(start, 0))\"/></w:lvlOverride></w:num>"
        try tree.insert(fragment: fragment, into: root, before: numsEnd)
        // A reference without lists of its own: this first w:num is where later abstract definitions go.
        if firstNum == nil { firstNum = tree.first("/w:numbering/w:num") }
        var instance = Instance(numID: numID, abstractNode: copy)
        try use(&instance, level: 0, ordered: ordered, start: start)
        return instance
    }

    /// Prepares `level` of `instance` for a list of the given kind and start (first use wins).
    func use(_ instance: inout Instance, level: Int, ordered: Bool, start: Int) throws {
        guard instance.levelKinds[level] == nil else { return }
        instance.levelKinds[level] = ordered
        let node = instance.abstractNode
        let current = tree.first("w:lvl[@w:ilvl='\(level)']", at: node)
        let currentIsBullet = current.flatMap { tree.first("w:numFmt", at: $0) }.flatMap { tree.attribute($0, "val") } == "bullet"
        if let current, currentIsBullet == ordered {
            let (source, model) = ordered ? orderedModel : bulletModel
            if let replacement = source.first("w:lvl[@w:ilvl='\(level)']", at: model), let copy = tree.copy(replacement) {
                tree.link(copy, into: node, before: current)
                tree.remove(current)
                for style in tree.nodes("w:pStyle", at: copy) { tree.remove(style) }
            }
        }
        if ordered, let lvl = tree.first("w:lvl[@w:ilvl='\(level)']", at: node) {
            if let startNode = tree.first("w:start", at: lvl) { tree.setAttribute(startNode, "val", String(max(start, 0))) }
            else { try tree.insert(fragment: "<w:start w:val=\"\(max(start, 0))\"/>", into: lvl, before: tree.children(lvl).first) }
        }
    }

    /// Left indent of a level, for the item's later paragraphs that carry no number.
    func indent(_ instance: Instance, level: Int) -> Int {
        guard let ind = tree.first("w:lvl[@w:ilvl='\(level)']/w:pPr/w:ind", at: instance.abstractNode) else {
            return (level + 1) * 420
        }
        // Indents are at most 31,680 dxa (22 inches) either way; a hostile value outside is not used.
        let range = -31_680...31_680
        return tree.integer(ind, "left", in: range) ?? tree.integer(ind, "start", in: range) ?? (level + 1) * 420
    }

    func serialize() -> [UInt8] { tree.serialize() }
}
