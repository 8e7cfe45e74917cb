import Mustache
import BidKitPluginSDK

/// Renders the page template around the body.
///
/// Values the template sees (`{{name}}` escapes them; only `body` and `css` are meant for
/// triple mustaches):
///
/// | name | value |
/// |---|---|
/// | `lang` | `zh-CN` / `en` |
/// | `title`, `projectID`, `tenderNumber`, `buyer`, `agent`, `bidder`, `deadline`, `currency` | from the package metadata |
/// | `date` | the bid date as printed (`2026年12月8日`, `8 December 2026`), from the cover; `isoDate` as in the project |
/// | `cover` | the package's cover: `copy`, `title`, `kind`, `volume`, and `lines` (each `key`, `label`, `spacedLabel` — "招 标 人" —, `value`, `note`, and `blank` when it is left to sign) |
/// | `copy`, `total`, `totalInWords`, `legalRepresentative`, `authorizedAgent`, `lot` | from the metadata fields |
/// | `fields.<key>` | any metadata field by key; `fieldList` lists them as `{key, value}` in order |
/// | `labels.<name>` | the package's words in the project language: `colon`, `contents`, `bidDocument` (with the volume), `tenderNumber`, `lot`, `buyer`, `agent`, `bidder`, `date`, `total`, `totalInWords`, `page` |
/// | `body` | the document body, already escaped HTML: `{{{body}}}` |
/// | `css` | the stylesheet, already checked: `<style>{{{css}}}</style>` |
/// | `generator` | renderer name and version |
///
/// Empty values are left out, so `{{#agent}}…{{/agent}}` prints nothing for a tender without one.
enum PageShell {
    static func render(_ package: BidPackage, labels: HtmlLabels, body: String, template: PageTemplate, generator: String) throws -> String {
        let context = makeContext(package, labels: labels, body: bodyMarker, css: template.css, generator: generator)
        guard let shell = template.library.render(context, withTemplate: "page") else {
            throw RenderError("\(template.pageOrigin): no page template to render")
        }
        return try insert(body, into: shell, origin: template.pageOrigin)
    }

    /// What the template renders in place of the body: markup that `{{body}}` would escape, so
    /// finding it unescaped in the page shows the template wrote `{{{body}}}`.
    static let bodyMarker = "<bidkit-body-e3b0c442/>"

    /// The page with the body where the template put `{{{body}}}`. The body is rendered into the
    /// shell afterwards rather than through Mustache: a 3 MB body is then copied once, and no
    /// search of the 3 MB page for it is needed to check it is there.
    static func insert(_ body: String, into shell: String, origin: String) throws -> String {
        // A template that forgot `{{{body}}}`, or escaped it with `{{body}}`, would ship a bid
        // with no content (or with visible tags): refuse rather than write that file.
        let pieces = shell.split(separator: bodyMarker, omittingEmptySubsequences: false)
        guard pieces.count > 1 || body.isEmpty else {
            throw RenderError("\(origin) does not output the bid: it must contain {{{body}}} (three braces)")
        }
        var html = ""
        html.reserveCapacity(shell.utf8.count + body.utf8.count * (pieces.count - 1))
        for (i, piece) in pieces.enumerated() {
            if i > 0 { html += body }
            html += piece
        }
        return html
    }

    static func makeContext(_ package: BidPackage, labels: HtmlLabels, body: String, css: String, generator: String) -> [String: Any] {
        let m = package.metadata
        var context: [String: Any] = [:]
        func put(_ key: String, _ value: String?) {
            if let value, !value.isEmpty { context[key] = value }
        }
        put("lang", labels.htmlLang)
        put("title", m.title)
        put("projectID", m.projectID)
        put("tenderNumber", m.tenderNumber)
        put("buyer", m.buyer)
        put("agent", m.agent)
        put("bidder", m.bidder)
        put("date", package.frontMatter.cover.value(Cover.Key.date))
        put("isoDate", m.date)
        put("deadline", m.deadline)
        put("currency", m.currency)
        put("copy", m.field("copy"))
        put("total", m.field("total"))
        put("totalInWords", m.field("total_in_words"))
        put("legalRepresentative", m.field("legal_representative"))
        put("authorizedAgent", m.field("authorized_agent"))
        put("lot", m.field("lot"))
        var fields: [String: String] = [:]
        for field in m.fields where fields[field.key] == nil && !field.value.isEmpty { fields[field.key] = field.value }
        context["fields"] = fields
        context["fieldList"] = m.fields.map { ["key": $0.key, "value": $0.value] }
        context["labels"] = labelContext(package.frontMatter, labels: labels)
        context["cover"] = coverContext(package.frontMatter.cover)
        context["body"] = body
        context["css"] = css
        put("generator", generator)
        return context
    }

    private static func labelContext(_ front: FrontMatter, labels: HtmlLabels) -> [String: String] {
        typealias K = Labels.Key
        let words = labels.words
        let kind = front.cover.kind
        // A volume of a bid split into documents names itself on the cover: 投标文件（技术标）.
        let volume = front.cover.volume
        let document = volume.isEmpty ? kind : (labels.colon == "：" ? "\(kind)（\(volume)）" : "\(kind): \(volume)")
        return [
            "colon": labels.colon, "contents": labels.contents, "bidDocument": document,
            "tenderNumber": words[K.tenderNumber], "lot": words[K.lot], "buyer": words[K.buyer], "agent": words[K.agent],
            "bidder": words[K.bidder], "date": words[K.date], "total": words[K.total], "totalInWords": words[K.totalInWords],
            "page": words[K.page],
        ]
    }

    private static func coverContext(_ cover: Cover) -> [String: Any] {
        var context: [String: Any] = ["title": cover.title, "kind": cover.kind]
        if !cover.copy.isEmpty { context["copy"] = cover.copy }
        if !cover.volume.isEmpty { context["volume"] = cover.volume }
        context["lines"] = cover.lines.map { line -> [String: Any] in
            var entry: [String: Any] = ["key": line.key, "label": line.label, "spacedLabel": line.spacedLabel]
            if !line.value.isEmpty { entry["value"] = line.value }
            if !line.note.isEmpty { entry["note"] = line.note }
            if line.value.isEmpty { entry["blank"] = true }
            return entry
        }
        return context
    }
}
