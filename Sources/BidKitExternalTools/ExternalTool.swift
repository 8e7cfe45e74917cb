import Foundation

/// An outside program BidKit starts (never links): found on `PATH`, and when it is not there the
/// user is told its name and the Debian packages that provide it.
public struct ExternalTool: Sendable, Hashable {
    /// The executable's file name, e.g. `soffice`.
    public let command: String
    /// What it is, for messages: "LibreOffice".
    public let product: String
    /// The smallest Debian package set that provides it (and what it needs to work for us).
    public let packages: [String]

    public init(command: String, product: String, packages: [String]) {
        self.command = command
        self.product = product
        self.packages = packages
    }

    public static let libreOffice = ExternalTool(command: "soffice", product: "LibreOffice",
                                                 packages: ["libreoffice-writer-nogui", "fonts-noto-cjk", "fonts-crosextra-carlito",
                                                            "fonts-crosextra-caladea", "fonts-liberation2"])
    public static let pdftoppm = ExternalTool(command: "pdftoppm", product: "poppler", packages: ["poppler-utils"])
    public static let pdfinfo = ExternalTool(command: "pdfinfo", product: "poppler", packages: ["poppler-utils"])
    public static let pdfimages = ExternalTool(command: "pdfimages", product: "poppler", packages: ["poppler-utils"])
    public static let pdffonts = ExternalTool(command: "pdffonts", product: "poppler", packages: ["poppler-utils"])
    public static let fcMatch = ExternalTool(command: "fc-match", product: "fontconfig", packages: ["fontconfig"])
    public static let qpdf = ExternalTool(command: "qpdf", product: "qpdf", packages: ["qpdf"])
    public static let chromium = ExternalTool(command: "chromium", product: "Chromium", packages: ["chromium"])
    public static let graphicsMagick = ExternalTool(command: "gm", product: "GraphicsMagick", packages: ["graphicsmagick"])

    /// `apt-get install …` for the message.
    public var installCommand: String { "apt-get install " + packages.joined(separator: " ") }

    /// The absolute path of the first executable file named `command` in `environment["PATH"]`.
    public func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<String, MissingTool> {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":", omittingEmptySubsequences: true) where directory.hasPrefix("/") {
            let candidate = directory + "/" + command
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate) {
                return .success(candidate)
            }
        }
        return .failure(MissingTool(tool: self))
    }
}

/// An external program that is not installed; the message names it and how to install it.
public struct MissingTool: Error, CustomStringConvertible, Sendable {
    public let tool: ExternalTool
    public var description: String {
        "\(tool.product) is not installed (no '\(tool.command)' on PATH); install it with: \(tool.installCommand)"
    }
}
