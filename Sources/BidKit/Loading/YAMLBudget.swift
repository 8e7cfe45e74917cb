import CYaml

/// Bounds what a YAML file may cost before Yams composes it.
///
/// Yams keeps an alias as a shared reference, but hashing a mapping key walks the whole subtree, and
/// so does anything that visits the tree: a ~1 KB file of nested aliases used as keys ("billion
/// laughs") kept the CPU busy for minutes. Composing also recurses once per nesting level, so a file
/// of 100,000 `[` overflows the stack. This pass reads libyaml's event stream (the parser Yams itself
/// uses, linked through Yams' CYaml module) and counts every node as it would be after expanding
/// aliases, and the nesting depth, and stops at the first event past a limit, with its line.
/// The limits (docs/bid-project.md, "Limits") are far above any bid: the 500-page sample is ~25,000 nodes.
enum YAMLBudget {
    static let maxNodes = 1_000_000
    static let maxDepth = 200

    static func check(_ text: String, file: String) throws {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        var utf8 = Array(text.utf8)
        try utf8.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var expanded: [String: Int] = [:]  // anchor → node count of its subtree, aliases expanded
            var open: [(anchor: String?, nodes: Int)] = []  // containers being read, with their subtree so far
            var total = 0
            func count(_ nodes: Int, _ mark: yaml_mark_t) throws {
                total += nodes
                if total > maxNodes {
                    throw LoadError(location(mark, file), "the YAML expands to more than \(maxNodes) nodes (through aliases '*name'); "
                                    + "a file like this is refused, not read")
                }
            }
            func credit(_ nodes: Int) {
                if !open.isEmpty { open[open.count - 1].nodes += nodes }
            }
            while true {
                var event = yaml_event_t()
                // A syntax error is left for Yams, which reports it with its context.
                guard yaml_parser_parse(&parser, &event) == 1 else { return }
                defer { yaml_event_delete(&event) }
                let mark = event.start_mark
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return
                case YAML_SCALAR_EVENT:
                    try count(1, mark)
                    credit(1)
                    if let anchor = string(event.data.scalar.anchor) { expanded[anchor] = 1 }
                case YAML_ALIAS_EVENT:
                    let nodes = string(event.data.alias.anchor).flatMap { expanded[$0] } ?? 1
                    try count(nodes, mark)
                    credit(nodes)
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    try count(1, mark)
                    let anchor = event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
                    open.append((string(anchor), 1))
                    if open.count > maxDepth {
                        throw LoadError(location(mark, file), "the YAML nests deeper than \(maxDepth) levels")
                    }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard let done = open.popLast() else { return }
                    if let anchor = done.anchor { expanded[anchor] = done.nodes }
                    credit(done.nodes)
                default:
                    continue
                }
            }
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func location(_ mark: yaml_mark_t, _ file: String) -> SourceLocation {
        SourceLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }
}
