/// Not API: lets the micro-benchmarks in `Benchmarks/` (a separate package, which reaches only public
/// symbols) time the Markdown converter on one section text without the rest of assembly.
/// Import with `@_spi(Benchmarks) import BidKit`; nothing else may use it.
@_spi(Benchmarks) public struct MarkdownBenchmarkEntry: Sendable {
    let context: MarkdownContext

    /// The project supplies the fields (`{{bidder.name}}` …) and the folder images are confined to.
    public init(project: Project) {
        context = MarkdownContext(project: project, fields: FieldTable(project: project, prices: PriceSummary(project.pricing)))
    }

    /// The blocks of `text`, read as the project-relative Markdown file `file`.
    public func blocks(_ text: String, file: String) throws -> [Block] {
        try MarkdownConverter(context: context, file: file, text: text).convert()
    }
}
