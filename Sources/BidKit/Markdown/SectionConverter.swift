/// Converts Markdown text as one of `project`'s sections is converted, without reading a file: the
/// public entry point of the `FuzzMarkdown` libFuzzer target (Fuzz/Sources/FuzzMarkdown), which feeds
/// it arbitrary bytes. The build itself goes through `Assembler`, which also reads the files.
public struct SectionConverter: Sendable {
    private let context: MarkdownContext

    public init(project: Project) {
        context = MarkdownContext(project: project, fields: FieldTable(project: project, prices: PriceSummary(project.pricing)))
    }

    /// The blocks of `text` as the section file `file` (project-relative); throws `LoadError` /
    /// `LoadErrors` for what a user would be told.
    public func convert(_ text: String, file: String = "sections/section.md") throws -> [Block] {
        try MarkdownConverter(context: context, file: file, text: text).convert()
    }
}
