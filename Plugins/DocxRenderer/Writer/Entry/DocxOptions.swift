import BidKitPluginSDK

extension DocxWriter {
    /// The `--option` keys the DOCX writer reads, declared in the descriptor (the PDF renderer,
    /// which converts this writer's output, declares them too).
    public var options: [RendererOption] { [.templateDirectory, .referenceDocx] }
}
