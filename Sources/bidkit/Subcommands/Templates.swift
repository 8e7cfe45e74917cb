import ArgumentParser
import BidKit
import Foundation

extension BidKitCommand {
    struct Templates: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the bid templates found on the search path, with their descriptions and folders.",
            discussion: """
                A template is a folder holding template.yaml and skeleton/ (see docs/templates.md). Search order: \
                --template-path, BIDKIT_TEMPLATE_PATH (colon separated), the installed templates, the source tree's Templates/. \
                The first template of a name is used; later ones are listed as shadowed. Exit status 1 when a template fails to load or none is found.
                """)

        @OptionGroup var templateOptions: TemplatePathOptions

        @Option(name: .shortAndLong, help: "Output format.")
        var format: ReportFormat = .text

        func run() throws {
            let catalog = templateOptions.makeCatalog()
            switch format {
            case .text: Terminal.print(Self.text(catalog))
            case .json: Terminal.print(Self.json(catalog).serialized())
            }
            if catalog.entries.isEmpty {
                Terminal.error("""
                    error: no templates found on the search path; give a folder of templates with --template-path DIR or                     BIDKIT_TEMPLATE_PATH, or install them with `make install PREFIX=…` (PREFIX/share/bidkit/templates)
                    """)
            }
            if catalog.entries.contains(where: { $0.error != nil }) || catalog.entries.isEmpty { throw ExitCode.failure }
        }

        static func text(_ catalog: TemplateCatalog) -> String {
            var out = "Search path:\n"
            for dir in catalog.searchPath { out += "  \(dir)\n" }
            let loaded = catalog.entries.filter { $0.template != nil }
            out += "\nTemplates (\(loaded.filter { $0.shadowedBy == nil }.count)):\n"
            for e in loaded {
                guard let t = e.template else { continue }
                let sections = t.sections.count
                out += "  \(e.name) [\(t.language.rawValue)]  \(t.description)\n"
                out += "    \(sections) sections in \(t.parts.count) parts; \(e.folder)\n"
                if let winner = e.shadowedBy { out += "    shadowed by \(winner)\n" }
            }
            let failed = catalog.entries.filter { $0.error != nil }
            if !failed.isEmpty {
                out += "\nFailed to load (\(failed.count)):\n"
                for e in failed { out += "  \(e.folder)\n    \(e.error ?? "")\n" }
            }
            return out
        }

        static func json(_ catalog: TemplateCatalog) -> JSONValue {
            .object([
                ("search_path", .array(catalog.searchPath.map(JSONValue.string))),
                ("templates", .array(catalog.entries.map { e in
                    .object([
                        ("name", .string(e.name)), ("folder", .string(e.folder)),
                        ("description", .optional(e.template?.description)),
                        ("language", .optional(e.template?.language.rawValue)),
                        ("sections", e.template.map { .int($0.sections.count) } ?? .null),
                        ("shadowed_by", .optional(e.shadowedBy)), ("error", .optional(e.error)),
                    ])
                })),
            ])
        }
    }
}
