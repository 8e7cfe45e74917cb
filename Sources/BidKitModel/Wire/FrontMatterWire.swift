/// Wire encoding of the front matter (version 2.0, docs/plugin-abi.md):
///
///     FrontMatter = Cover  array<Section> (the table of contents: none or one)  array<Field> (labels)
///     Cover       = copy title kind volume : string  array<Line>    Line = key label value note : string
extension FrontMatter {
    func write(to w: inout WireWriter) {
        cover.write(to: &w)
        w.array(contents.map { [$0] } ?? []) { w, s in s.write(to: &w) }
        w.array(labels.entries) { w, f in
            w.string(f.key)
            w.string(f.value)
        }
    }

    init(from r: inout WireReader) throws {
        let cover = try Cover(from: &r)
        let contents = try r.array { try Section(from: &$0) }
        guard contents.count <= 1 else { throw WireError("front matter holds \(contents.count) tables of contents (at most one)") }
        let labels = try r.array { Field(try $0.string(), try $0.string()) }
        self.init(cover: cover, contents: contents.first, labels: Labels(labels))
    }
}

extension Cover {
    func write(to w: inout WireWriter) {
        for s in [copy, title, kind, volume] { w.string(s) }
        w.array(lines) { w, line in
            for s in [line.key, line.label, line.value, line.note] { w.string(s) }
        }
    }

    init(from r: inout WireReader) throws {
        self.init(copy: try r.string(), title: try r.string(), kind: try r.string(), volume: try r.string(),
                  lines: try r.array { r in Line(key: try r.string(), label: try r.string(), value: try r.string(), note: try r.string()) })
    }
}
