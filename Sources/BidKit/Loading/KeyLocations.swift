import Yams

extension YAMLValue {
    /// Where every value of the document is written, by dotted path ("tender.ceiling",
    /// "bidder.qualifications[0].expires"), so a check can point at the line of the data that must change.
    func keyLocations() -> [String: SourceLocation] {
        var out: [String: SourceLocation] = [:]
        func visit(_ node: Node, _ path: String, depth: Int) {
            guard depth < 64 else { return }
            switch node {
            case .mapping(let m):
                for (k, v) in m {
                    guard case .scalar(let key) = k else { continue }
                    let child = path.isEmpty ? key.string : "\(path).\(key.string)"
                    out[child] = SourceLocation(file: file, line: v.mark?.line ?? k.mark?.line ?? 0, column: v.mark?.column ?? k.mark?.column ?? 0)
                    visit(v, child, depth: depth + 1)
                }
            case .sequence(let s):
                for (i, v) in s.enumerated() {
                    let child = "\(path)[\(i)]"
                    out[child] = SourceLocation(file: file, line: v.mark?.line ?? 0, column: v.mark?.column ?? 0)
                    visit(v, child, depth: depth + 1)
                }
            default: break
            }
        }
        visit(node, path, depth: 0)
        return out
    }
}
