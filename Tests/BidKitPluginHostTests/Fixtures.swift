import BidKitTestSupport
import BidKitModel
import BidKitPluginHost

/// A small package with two sections, encoded the way the core hands it to plugins.
enum Fixtures {
    static let package = BidPackage(
        metadata: Metadata(projectID: "substation-video", title: "Substation video upgrade", language: "en"),
        parts: [
            Part(id: "commercial", title: "Commercial", number: "1", sections: [
                Section(id: "letter", title: "Bid letter", number: "1.1", kind: "markdown"),
                Section(id: "prices", title: "Price schedule", number: "1.2", kind: "price-schedule"),
            ]),
        ])

    static var wire: [UInt8] { PackageWire.encode(package) }
}

extension Result {
    /// The failure, for `#expect`s about why something did not load.
    var failure: Failure? {
        if case .failure(let f) = self { return f }
        return nil
    }

    var success: Success? {
        if case .success(let s) = self { return s }
        return nil
    }
}

extension TestPaths {
    static let abiInclude = packageRoot + "/Sources/CBidKitPluginABI/include"
    static let externalFixture = packageRoot + "/Tests/Fixtures/ExternalPlugin"
}
