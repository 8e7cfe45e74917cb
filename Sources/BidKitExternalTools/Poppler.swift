import Foundation

/// poppler-utils as processes: `pdfinfo` (page count, named destinations), `pdftoppm` (pages
/// to PNG), `pdfimages -list` (which image each page draws) and `pdffonts` (fonts not embedded). Each call works in its own private folder and is bounded in time.
public struct Poppler: Sendable {
    public var timeout: TimeInterval = 60
    let environment: [String: String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// A named destination: which page (1-based, physical) and how far down it (points from the top).
    public struct Destination: Sendable, Hashable {
        public var name: String
        public var page: Int
        /// Distance from the top edge of the page in points, when the destination gives one.
        public var fromTop: Double?

        public init(name: String, page: Int, fromTop: Double? = nil) {
            self.name = name
            self.page = page
            self.fromTop = fromTop
        }
    }

    /// Page count and every named destination of `pdf`.
    public func destinations(of pdf: [UInt8]) throws -> (pages: Int, destinations: [Destination]) {
        let tool = try ExternalTool.pdfinfo.locate(environment: environment).get()
        let work = try PrivateFolder(prefix: "bidkit-pdfinfo")
        try Data(pdf).write(to: URL(fileURLWithPath: work.file("in.pdf")))
        // One call gives the page count and every page's size (for distances from the top).
        let info = try ChildProcess.run(tool, ["-f", "1", "-l", "100000", work.file("in.pdf")], environment: env(work),
                                        in: work.path, timeout: timeout)
        guard info.succeeded else { throw ChildProcessError("pdfinfo could not read the PDF: \(info.stderr.prefix(300))") }
        let dests = try ChildProcess.run(tool, ["-dests", work.file("in.pdf")], environment: env(work), in: work.path,
                                         timeout: timeout, outputLimit: 64 << 20)
        guard dests.succeeded else { throw ChildProcessError("pdfinfo -dests failed: \(dests.stderr.prefix(300))") }
        let pages = Self.pageCount(info.stdout)
        let pageHeights = Self.pageHeights(info.stdout)
        return (pages, Self.parseDestinations(dests.stdout, pageHeights: pageHeights))
    }

    /// `pdftoppm -png -r dpi` of every page (or `firstPage...lastPage`), each page's PNG bytes in order.
    public func rasterize(_ pdf: [UInt8], dpi: Int, maxPages: Int) throws -> [[UInt8]] {
        let tool = try ExternalTool.pdftoppm.locate(environment: environment).get()
        let work = try PrivateFolder(prefix: "bidkit-pdftoppm")
        try Data(pdf).write(to: URL(fileURLWithPath: work.file("in.pdf")))
        let outcome = try ChildProcess.run(tool, ["-png", "-r", String(dpi), "-f", "1", "-l", String(maxPages),
                                                  work.file("in.pdf"), work.file("page")],
                                           environment: env(work), in: work.path, timeout: timeout)
        guard outcome.succeeded else {
            throw ChildProcessError(outcome.timedOut ? "pdftoppm did not finish within \(Int(timeout)) s"
                                    : "pdftoppm could not read it: \(outcome.stderr.split(separator: "\n").first ?? "")")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: work.path)
            .filter { $0.hasPrefix("page-") && $0.hasSuffix(".png") }
            .sorted { (Int($0.dropFirst(5).dropLast(4)) ?? 0) < (Int($1.dropFirst(5).dropLast(4)) ?? 0) }
        return try names.map { [UInt8](try Data(contentsOf: URL(fileURLWithPath: work.file($0)))) }
    }

    /// One image an image-drawing operator paints: on which page, which object, its pixel size.
    public struct ImageDraw: Sendable, Hashable {
        public var page: Int
        public var object: Int
        public var size: PixelSize

        public init(page: Int, object: Int, size: PixelSize) {
            self.page = page
            self.object = object
            self.size = size
        }
    }

    /// `pdfimages -list` of pages 1...`lastPage` of the file at `path`, in drawing order (soft
    /// masks and inline images left out).
    public func imageDraws(ofFile path: String, lastPage: Int, in work: PrivateFolder) throws -> [ImageDraw] {
        let tool = try ExternalTool.pdfimages.locate(environment: environment).get()
        let outcome = try ChildProcess.run(tool, ["-list", "-f", "1", "-l", String(lastPage), path], environment: env(work),
                                           in: work.path, timeout: timeout, outputLimit: 64 << 20)
        guard outcome.succeeded else { throw ChildProcessError("pdfimages -list failed: \(outcome.stderr.prefix(300))") }
        return outcome.stdout.split(separator: "\n").compactMap { line in
            let f = line.split(separator: " ")
            guard f.count >= 12, f[2] == "image", let page = Int(f[0]), let w = Int(f[3]), let h = Int(f[4]),
                  let object = Int(f[10]), Int(f[11]) != nil else { return nil }
            return ImageDraw(page: page, object: object, size: PixelSize(width: w, height: h))
        }
    }

    /// Fonts of pages 1...`lastPage` of the file at `path` that are not embedded (`pdffonts`).
    public func fontsNotEmbedded(inFile path: String, lastPage: Int, in work: PrivateFolder) throws -> [String] {
        let tool = try ExternalTool.pdffonts.locate(environment: environment).get()
        let outcome = try ChildProcess.run(tool, ["-f", "1", "-l", String(lastPage), path], environment: env(work),
                                           in: work.path, timeout: timeout)
        guard outcome.succeeded else { throw ChildProcessError("pdffonts failed: \(outcome.stderr.prefix(300))") }
        // name, type (may hold spaces), encoding, emb, sub, uni, object, generation: read from the end.
        return outcome.stdout.split(separator: "\n").dropFirst(2).compactMap { line in
            let f = line.split(separator: " ")
            return f.count >= 7 && f[f.count - 5] == "no" ? String(f[0]) : nil
        }
    }

    private func env(_ work: PrivateFolder) -> [String: String] {
        ["HOME": work.path, "LANG": "C.UTF-8", "PATH": environment["PATH"] ?? "/usr/bin:/bin"]
    }

    static func pageCount(_ text: String) -> Int {
        for line in text.split(separator: "\n") where line.hasPrefix("Pages:") {
            return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)) ?? 0
        }
        return 0
    }

    /// `Page    3 size: 595.304 x 841.89 pts (A4)` lines → page heights in points.
    static func pageHeights(_ text: String) -> [Int: Double] {
        var out: [Int: Double] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("Page ") && line.contains(" size: ") {
            let words = line.split(separator: " ")
            guard words.count >= 6, let page = Int(words[1]), let h = Double(words[5]) else { continue }
            out[page] = h
        }
        return out
    }

    /// Lines like `  12 [ XYZ  115  759 null      ] "bid5Fletter"`, names as written in the file
    /// (LibreOffice spells bytes other than ASCII letters and digits as hex: `_` is `5F`).
    static func parseDestinations(_ text: String, pageHeights: [Int: Double]) -> [Destination] {
        var out: [Destination] = []
        for line in text.split(separator: "\n") {
            guard let open = line.firstIndex(of: "["), let close = line.firstIndex(of: "]"), open < close,
                  let q1 = line.firstIndex(of: "\""), q1 > close, let q2 = line.lastIndex(of: "\""), q2 > q1,
                  let page = Int(line[..<open].trimmingCharacters(in: .whitespaces)) else { continue }
            let fields = line[line.index(after: open)..<close].split(separator: " ")
            var fromTop: Double?
            if fields.first == "XYZ", fields.count >= 3, let top = Double(fields[2]), let h = pageHeights[page] { fromTop = h - top }
            out.append(Destination(name: String(line[line.index(after: q1)..<q2]), page: page, fromTop: fromTop))
        }
        return out
    }
}
