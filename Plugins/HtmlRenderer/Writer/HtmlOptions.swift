import BidKitPluginSDK

/// The renderer options this plugin reads (`bidkit build --option key=value`).
///
/// - `template_dir`: the project's template folder (set by the core from `project.template`);
///   the shell and stylesheet come from its `html/` folder.
/// - `images`: `inline` (the default) embeds images as `data:` URIs. `external` is refused: the
///   plugin ABI returns the bytes of one file, so the renderer has no way to write images beside it.
///
/// Other keys belong to other renderers (`reference_docx`, …) and are ignored.
struct HtmlOptions: Equatable, Sendable {
    var templateDirectory: String?

    init(_ options: RenderOptions) throws {
        let dir = options["template_dir"]?.trimmingSpaces() ?? ""
        templateDirectory = dir.isEmpty ? nil : dir
        switch options["images"]?.trimmingSpaces().lowercased() {
        case nil, "", "inline":
            break
        case "external":
            throw RenderError("images=external is not supported: a renderer returns one file through the plugin ABI, so images are embedded (images=inline)")
        case let other?:
            throw RenderError("unknown value '\(other)' for option images; use images=inline")
        }
    }
}
