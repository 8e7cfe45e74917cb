import BidKitPluginSDK

extension TextRenderer {
    /// Declared in the descriptor, so `bidkit build --option widht=60` is refused with a did-you-mean.
    var options: [RendererOption] {
        [RendererOption("width", .integer,
                        "line width in columns, \(TextSettings.widthRange.lowerBound) to \(TextSettings.widthRange.upperBound) (default \(TextSettings.defaultWidth))")]
    }
}
