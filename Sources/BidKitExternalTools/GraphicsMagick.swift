import Foundation

/// GraphicsMagick (`gm convert`) as a process: shrinks a PNG or JPEG scan to the pixels a print
/// needs. GraphicsMagick rather than ImageMagick: one `gm` executable (no clash with other programs
/// named `convert`), no policy file to configure, the same resize filters.
public struct GraphicsMagick: Sendable {
    public var timeout: TimeInterval = 120
    let environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    public enum Format: String, Sendable { case png, jpeg }

    /// `image` scaled down (never up) to at most `maxPixels` pixels, keeping its proportions, turned
    /// upright by its EXIF orientation, metadata stripped, its resolution stated as `dpi`, 8 bits a
    /// channel; written as `format` (JPEG at quality 85). The same input gives the same bytes.
    public func downsample(_ image: [UInt8], to format: Format, maxPixels: Int, dpi: Int) throws -> [UInt8] {
        let tool = try ExternalTool.graphicsMagick.locate(environment: environment).get()
        let work = try PrivateFolder(prefix: "bidkit-gm")
        try Data(image).write(to: URL(fileURLWithPath: work.file("in")))
        // Memory for the pixel cache is capped (the rest goes to disk in the private folder); a JPEG
        // is decoded straight at a reduced scale when it is far larger than needed (`-size`).
        var arguments = ["convert", "-limit", "Memory", "512MB", "-limit", "Map", "1GB", "-limit", "Threads", "1"]
        if image.starts(with: [0xFF, 0xD8]) { arguments += ["-size", "3000x3000"] }
        arguments += [work.file("in"), "-auto-orient", "-resize", "\(maxPixels)@>", "-units", "PixelsPerInch",
                      "-density", "\(dpi)x\(dpi)", "-strip", "-depth", "8"]
        if format == .jpeg { arguments += ["-quality", "85"] }
        arguments.append("\(format.rawValue):" + work.file("out"))
        let outcome = try ChildProcess.run(tool, arguments, environment: ["HOME": work.path, "TMPDIR": work.path, "MAGICK_TMPDIR": work.path,
                                                                         "LANG": "C.UTF-8", "PATH": environment["PATH"] ?? "/usr/bin:/bin"],
                                           in: work.path, timeout: timeout)
        guard outcome.succeeded, let out = FileManager.default.contents(atPath: work.file("out")), !out.isEmpty else {
            throw ChildProcessError(outcome.timedOut ? "GraphicsMagick did not finish within \(Int(timeout)) s"
                                    : "GraphicsMagick could not read it: \(outcome.stderr.split(separator: "\n").first ?? "")")
        }
        return [UInt8](out)
    }
}
