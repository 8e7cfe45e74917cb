import CCmarkGFM
import Foundation

/// The one place that parses with cmark-gfm, because cmark-gfm (0.29.0.gfm.6) keeps process-wide state
/// that is not safe to use from several threads, and sections are converted in parallel:
///
/// - **The extension registry.** `cmark_gfm_core_extensions_ensure_registered` tests a plain static
///   flag before appending to a global list (`src/registry.c`), so threads that start at once may all
///   register. Registering again renumbers the GFM node types (`CMARK_NODE_TABLE` is a global assigned
///   at registration), and a table parsed meanwhile no longer reports the type "table": it vanished.
/// - **The inline parser's character tables.** `SPECIAL_CHARS` / `SKIP_CHARS` (`src/inlines.c`) say
///   where text scanning stops. Every parser adds its extensions' characters (`~` for strikethrough,
///   `:` and `w` for autolinks) when it finishes a document and removes them right after
///   (`cmark_manage_extensions_special_characters` in `finalize_document`, `src/blocks.c`): a parser
///   finishing while another parses inlines turns the other's `~~strike~~` and `www.` links into text.
///
/// So: the extensions are registered and looked up exactly once (a `static let` is initialised once,
/// thread-safely) and shared read-only; and documents are *finished* (the phase that parses inlines)
/// one at a time. Block parsing (`cmark_parser_feed`) and walking the tree stay parallel.
enum GFMParser {
    /// The GFM extensions every section is parsed with (task lists: `- [ ]` / `- [x]` items).
    private static let extensions: Extensions = {
        cmark_gfm_core_extensions_ensure_registered()
        return Extensions(pointers: ["table", "strikethrough", "autolink", "tasklist"].compactMap { (name: String) in
            cmark_find_syntax_extension(name)
        })
    }()

    /// Serialises `cmark_parser_finish` (see above).
    private static let finishLock = NSLock()

    /// Parses `text` and hands the document's root node to `body`; the tree is freed when `body` returns.
    /// Nil when cmark-gfm could not allocate a parser or a document.
    static func withDocument<R>(_ text: String, _ body: (OpaquePointer) throws -> R) rethrows -> R? {
        // Footnotes (`[^1]` and `[^1]: text`) are a parser option, not an extension.
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES) else { return nil }
        defer { cmark_parser_free(parser) }
        for ext in extensions.pointers { _ = cmark_parser_attach_syntax_extension(parser, ext) }
        var copy = text
        copy.withUTF8 { buf in
            buf.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        finishLock.lock()
        let root = cmark_parser_finish(parser)
        finishLock.unlock()
        guard let root else { return nil }
        defer { cmark_node_free(root) }
        return try body(root)
    }

    /// Extension descriptors live for the rest of the process and cmark-gfm only reads them once
    /// registered, so sharing the pointers between threads is safe.
    private struct Extensions: @unchecked Sendable {
        let pointers: [OpaquePointer]
    }
}
