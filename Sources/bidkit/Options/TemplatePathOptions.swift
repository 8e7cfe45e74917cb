import ArgumentParser
import BidKit

/// Where bid templates are looked for, shared by `init`, `templates`, `build` and `check --report`
/// (renderers read a template's DOCX reference and HTML shell from it).
struct TemplatePathOptions: ParsableArguments {
    @Option(name: .customLong("template-path"), help: ArgumentHelp(
        "A directory of templates to search (repeatable); searched before BIDKIT_TEMPLATE_PATH and the installed templates.",
        valueName: "dir"), completion: .directory)
    var templatePaths: [String] = []

    var locator: TemplateLocator { TemplateLocator(explicit: templatePaths) }

    func makeCatalog() -> TemplateCatalog { TemplateCatalog(locator: locator) }
}
