import BidKitPluginSDK

extension HtmlWriter {
    /// The keys `HtmlOptions` reads, declared in the descriptor.
    public var options: [RendererOption] {
        [.templateDirectory,
         RendererOption("images", .choice(["inline", "external"]),
                        "inline embeds pictures as data: URIs (default); external links them as <project-id>_files/<resource>")]
    }
}
