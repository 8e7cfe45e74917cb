import BidKitPluginSDK

/// Not API: entry points for the micro-benchmarks in `Benchmarks/` (a separate package, which reaches
/// only public symbols), so the two hot halves of a DOCX render, the body XML and the zip, can be timed
/// on their own. Import with `@_spi(Benchmarks) import DocxWriter`; nothing else may use them.
@_spi(Benchmarks) public enum DocxBenchmarkEntry {
    /// `word/document.xml` of the package (UTF-8), with the built-in reference styles.
    public static func documentXML(_ package: BidPackage) throws -> [UInt8] {
        let reference = try ReferenceDocument.load(options: [:], language: package.metadata.language)
        return try DocumentBuilder(package: package, reference: reference).documentXML()
    }

    /// The parts zipped as an OPC package, the way the renderer zips its output.
    public static func zip(_ parts: [(name: String, data: [UInt8])]) throws -> [UInt8] {
        var assembler = PackageAssembler()
        for part in parts { assembler.add(part.name, contentType: nil, part.data) }
        return try assembler.zip()
    }
}
