import Foundation

extension ExternalTool {
    /// librsvg's converter: SVG to PNG, for Word and LibreOffice versions that cannot show SVG.
    public static let rsvgConvert = ExternalTool(command: "rsvg-convert", product: "rsvg-convert (librsvg)", packages: ["librsvg2-bin"])
    /// libwebp's decoder: WebP to PNG, which Word cannot show.
    public static let dwebp = ExternalTool(command: "dwebp", product: "dwebp (libwebp)", packages: ["webp"])
}

/// Pictures converted to PNG by a child process, each in its own private folder, bounded in time.
///
/// The SVG is handed over on disk in a folder holding nothing else, so even a reference that passed
/// the core's SVG policy could reach no other file; the core refuses SVGs that name other files.
public struct ImageConverter: Sendable {
    public var timeout: TimeInterval = 60
    let environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// PNG bytes of an SVG, at its own size (`rsvg-convert --format png`).
    public func pngFromSVG(_ svg: [UInt8]) throws -> [UInt8] {
        try convert(svg, with: .rsvgConvert, input: "in.svg") { input, output in ["--format", "png", "--output", output, input] }
    }

    /// PNG bytes of a WebP picture (`dwebp in.webp -o out.png`).
    public func pngFromWebP(_ webp: [UInt8]) throws -> [UInt8] {
        try convert(webp, with: .dwebp, input: "in.webp") { input, output in [input, "-o", output] }
    }

    private func convert(_ bytes: [UInt8], with tool: ExternalTool, input: String, arguments: (String, String) -> [String]) throws -> [UInt8] {
        let executable = try tool.locate(environment: environment).get()
        let work = try PrivateFolder(prefix: "bidkit-\(tool.command)")
        try Data(bytes).write(to: URL(fileURLWithPath: work.file(input)))
        let environment = ["HOME": work.path, "LANG": "C.UTF-8", "PATH": self.environment["PATH"] ?? "/usr/bin:/bin"]
        let outcome = try ChildProcess.run(executable, arguments(work.file(input), work.file("out.png")), environment: environment,
                                           in: work.path, timeout: timeout)
        guard outcome.succeeded else {
            throw ChildProcessError(outcome.timedOut ? "\(tool.command) did not finish within \(Int(timeout)) s"
                                    : "\(tool.command) could not convert it: \(outcome.stderr.split(separator: "\n").first ?? "")")
        }
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: work.file("out.png"))))
    }
}
