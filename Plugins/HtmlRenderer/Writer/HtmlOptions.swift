import BidKitPluginSDK

/// The renderer options this plugin reads (`bidkit build --option key=value`).
///
/// - `template_dir`: the project's template folder (set by the core from `project.template`);
///   the shell and stylesheet come from its `html/` folder.
/// - `images`: `inline` (the default) embeds images as `data:` URIs. `external` links them as
///   `<project-id>_files/<resource id>`; the host writes the package's resources there (a renderer
///   returns one file through the plugin ABI, the host owns the output folder).
///
/// Other keys belong to other renderers (`reference_docx`, …) and are ignored.
struct HtmlOptions: Equatable, Sendable {
    var templateDirectory: String?
    var externalImages = false

    init(_ options: RenderOptions) throws {
        let dir = options["template_dir"]?.trimmingSpaces() ?? ""
        templateDirectory = dir.isEmpty ? nil : dir
        switch options["images"]?.trimmingSpaces().lowercased() {
        case nil, "", "inline":
            break
        case "external":
            externalImages = true
        case let other?:
            throw RenderError("unknown value '\(other)' for option images; use images=inline or images=external")
        }
    }
}
