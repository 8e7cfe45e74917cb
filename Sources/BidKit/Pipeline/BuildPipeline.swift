import Foundation

/// What `bidkit build` asks for.
public struct BuildRequest: Sendable {
    public var projectFolder: String
    public var formats: [String]
    public var outputDirectory: String
    public var options: [String: String]
    /// Render only this volume (`--volume`), or only the volume holding this part (`--part`).
    public var selection: VolumeSelection?
    /// Lay the document out (LibreOffice, several seconds) to put page numbers into a DOCX built without a
    /// PDF (`--paginate`). A PDF build always paginates, and its DOCX shares the page numbers; a DOCX-only
    /// build is fast by default and leaves the numbers to Word's field update on open. With it, an HTML
    /// build prints its page with Chromium too, for the numbers of the HTML print's contents.
    public var paginate: Bool

    public init(projectFolder: String, formats: [String], outputDirectory: String, options: [String: String] = [:],
                selection: VolumeSelection? = nil, paginate: Bool = false) {
        self.projectFolder = projectFolder
        self.formats = formats
        self.outputDirectory = outputDirectory
        self.options = options
        self.selection = selection
        self.paginate = paginate
    }

    /// Whether this build runs the layout pass: every PDF build, and a DOCX build that asked for it.
    var wantsPages: Bool {
        formats.contains(Pagination.layoutFormat) || (paginate && !Pagination.pagedFormats.isDisjoint(with: formats))
    }

    /// Whether the HTML print is laid out (Chromium) for its contents' page numbers: `--paginate` only.
    var wantsHTMLPages: Bool { paginate && formats.contains(Pagination.htmlLayoutFormat) }
}

/// One format that could not be produced; the others are still written.
public struct RenderFailure: Error, Sendable, CustomStringConvertible {
    public var format: String
    public var message: String
    public var description: String { "error: \(format): \(message)" }
}

/// A request that cannot be carried out at all (unknown format, no plugins): exit status 2.
public struct UsageError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

public struct BuildResult: Sendable {
    public var written: [String]
    public var failures: [RenderFailure]
    /// Problems worth telling the user that did not stop the build.
    public var warnings: [String] = []
    /// Plugin files on the search path that did not load: the build names each on stderr and, as
    /// the design says for broken plugins, exits non-zero after writing the formats it could.
    public var pluginFailures: [PluginFailure] = []
    /// Where each seal and signature goes, per document (pages when a layout pass ran).
    public var signingMaps: [SigningMap] = []
    /// `bidkit check` on the assembled bid (as of today), for the build's one-line summary and `--check`.
    public var check: CheckReport?
}

/// The build as a visible list of steps (like Publish's pipeline): load → assemble → encode → render.
/// Each step is named in progress output; a load error stops the build before anything is written.
public struct BuildPipeline: Sendable {
    /// Formats the core produces itself, without a plugin: a debugging dump of the model.
    public static let builtInFormats = ["model-json": "json"]

    public let host: PluginHost
    public let templates: TemplateLocator
    public let progress: (@Sendable (String) -> Void)?

    public init(host: PluginHost, templates: TemplateLocator = TemplateLocator(), progress: (@Sendable (String) -> Void)? = nil) {
        self.host = host
        self.templates = templates
        self.progress = progress
    }

    public func run(_ request: BuildRequest) throws -> BuildResult {
        try validateFormats(request.formats)
        try validateOptions(request.options, formats: request.formats)
        // load, assemble, check, then per document: encode, paginate (when pages are wanted), one render per format.
        let timer = StepTimer(total: 3 + 1 + (request.wantsPages ? 1 : 0) + request.formats.count, report: progress)
        let announce = timer.start
        defer { timer.finish() }
        announce("load \(request.projectFolder)")
        let project = try ProjectLoader.load(folder: request.projectFolder)
        announce("assemble")
        var bid = try Assembler.assemble(project, attachmentPages: true)
        if !Pagination.pagedFormats.isDisjoint(with: request.formats) { bid.warnings += ImageFallbacks.add(to: &bid.package) }
        let options = options(for: project, user: request.options)
        // A reference DOCX from --option or the template is read now, as the renderer will read it.
        if let error = ReferenceDocxCheck.check(options: options, project: project).first { throw error }
        var result = BuildResult(written: [], failures: [])
        result.warnings = bid.warnings
        // The checks a submission must pass, so a build says when the bid it wrote would fail them.
        // They run beside encoding and rendering and are joined at the end (`Concurrent`).
        let checked = bid
        let checking = Concurrent { Checker.check(checked) }
        result.pluginFailures = host.failures
        let wantsPages = request.wantsPages
        let documents = try VolumeSplitter.documents(of: bid, selecting: request.selection)
        timer.total = 3 + documents.count * (1 + (wantsPages ? 1 : 0) + (request.wantsHTMLPages ? 1 : 0) + request.formats.count)
        for document in documents {
            announce("encode \(document.baseName)")
            var paged: Pagination.Result?
            if wantsPages {
                announce("paginate \(document.baseName)")
                switch Pagination.available(in: host) {
                case .success(let pagination):
                    do {
                        paged = try pagination.paginate(document.package, references: bid.pageReferences,
                                                        language: project.language, options: options)
                    } catch {
                        result.warnings.append("\(document.baseName): page numbers left out (layout pass failed): \(error)")
                    }
                case .failure(let why) where request.formats.contains("docx"):
                    result.warnings.append("\(document.baseName): the DOCX table of contents has no page numbers until Word updates its fields: \(why)")
                case .failure:
                    break
                }
            }
            var formats = request.formats
            var pagedHTML: BidPackage?
            if request.wantsHTMLPages {
                announce("paginate \(document.baseName) (html print)")
                switch paginateHTML(document.package, references: bid.pageReferences, language: project.language, options: options) {
                case .success(let package):
                    pagedHTML = package
                case .failure(let failure):
                    // Never an HTML without the numbers asked for: that format fails, the others are written.
                    result.failures.append(failure)
                    formats.removeAll { $0 == Pagination.htmlLayoutFormat }
                }
            }
            let written = write(document.package, paged: paged?.package, pagedHTML: pagedHTML, formats: formats,
                                to: request.outputDirectory, baseName: document.baseName, options: options, announce: announce)
            result.written += written.written
            result.failures += written.failures
            let map = SigningMap(bid: bid, document: document, pages: paged?.pages)
            result.signingMaps.append(map)
            if written.written.contains(where: { $0.hasSuffix("/\(document.baseName).pdf") }) {
                result.written += writeSigningMap(map, to: request.outputDirectory, failures: &result.failures)
            }
        }
        // The time printed for this step is what was left to wait for once the renders were done.
        announce("check (beside the renders)")
        result.check = checking.join() ?? Checker.check(checked)
        if let rules = project.submission {
            result.failures += SubmissionCheck.problems(rules, files: result.written).map { RenderFailure(format: "submission", message: $0) }
        }
        if let name = project.info.template, templates.folder(named: name) == nil {
            result.warnings.append("template '\(name)' not found on the template path (\(templates.searchPath.joined(separator: ":"))); renderers used their built-in styles")
        }
        return result
    }

    /// Renders one package to every format and writes `dir/<baseName>.<ext>` atomically;
    /// a failing format is recorded and the others still written.
    /// `paged` is the same package with page numbers filled in, for the paged formats (DOCX, PDF);
    /// `pagedHTML` with the HTML print's numbers (Chromium's layout), for HTML.
    /// Formats of different plugins render at the same time (`RenderGroups`); files are written
    /// afterwards in request order, so the result does not depend on which finished first.
    public func write(_ package: BidPackage, paged: BidPackage? = nil, pagedHTML: BidPackage? = nil, formats: [String], to dir: String,
                      baseName: String, options: [String: String], announce: (String) -> Void = { _ in }) -> BuildResult {
        let wire = PackageWire.encode(package)
        let pagedWire = paged.map(PackageWire.encode) ?? wire
        let pagedHTMLWire = pagedHTML.map(PackageWire.encode)
        var result = BuildResult(written: [], failures: [])
        let outDir = URL(fileURLWithPath: dir)
        for format in formats { announce("render \(format)") }
        let rendered = RenderGroups(formats, host: host).render { format -> Result<([UInt8], String), any Error> in
            let isPaged = Pagination.pagedFormats.contains(format)
            if format == Pagination.htmlLayoutFormat, let pagedHTML, let pagedHTMLWire {
                return Result { try render(format, package: pagedHTML, wire: pagedHTMLWire, options: options) }
            }
            return Result { try render(format, package: isPaged ? (paged ?? package) : package, wire: isPaged ? pagedWire : wire, options: options) }
        }
        for (format, output) in rendered {
            do {
                let (bytes, ext) = try output.get()
                let url = outDir.appendingPathComponent("\(baseName).\(ext)")
                if options["images"] == "external" { try writeResources(of: package, to: outDir, baseName: baseName) }
                try AtomicFile.write(bytes, to: url)
                result.written.append(dir + "/" + url.lastPathComponent)
            } catch let failure as RenderFailure {
                result.failures.append(failure)
            } catch {
                result.failures.append(RenderFailure(format: format, message: String(describing: error)))
            }
        }
        return result
    }

    /// The signing map of every document (or the selected volume), paginated when a paginating plugin can run.
    public func signingMaps(projectFolder: String, selection: VolumeSelection?) throws -> ([SigningMap], [String]) {
        let project = try ProjectLoader.load(folder: projectFolder)
        let bid = try Assembler.assemble(project, attachmentPages: true)
        let options = options(for: project)
        var warnings: [String] = []
        var maps: [SigningMap] = []
        for document in try VolumeSplitter.documents(of: bid, selecting: selection) {
            var pages: PageMap?
            switch Pagination.available(in: host) {
            case .success(let pagination):
                pages = try pagination.paginate(document.package, references: bid.pageReferences, language: project.language,
                                                options: options).pages
            case .failure(let why):
                warnings.append("pages unknown: \(why)")
            }
            maps.append(SigningMap(bid: bid, document: document, pages: pages))
        }
        return (maps, warnings)
    }

    /// `DIR/<document>-signing-map.txt` and `.json`, beside the PDF they describe.
    private func writeSigningMap(_ map: SigningMap, to dir: String, failures: inout [RenderFailure]) -> [String] {
        var written: [String] = []
        for (ext, text) in [("txt", map.text), ("json", map.json.serialized() + "\n")] {
            let name = "\(map.document)-signing-map.\(ext)"
            do {
                try AtomicFile.write(Array(text.utf8), to: URL(fileURLWithPath: dir).appendingPathComponent(name))
                written.append(dir + "/" + name)
            } catch {
                failures.append(RenderFailure(format: "signing-map", message: "\(error)"))
            }
        }
        return written
    }

    /// `images=external`: the package's resources beside the output, as `<baseName>_files/<id>`.
    /// Resource ids are project-relative paths the loader confined to the project, so they cannot
    /// climb out of the folder. Renderers return one file through the ABI; the host owns the folder.
    private func writeResources(of package: BidPackage, to dir: URL, baseName: String) throws {
        for resource in package.resources {
            try AtomicFile.write(resource.data, to: dir.appendingPathComponent("\(baseName)_files/\(resource.id)"))
        }
    }

    /// What every renderer is told besides the package: where the project's template lives
    /// (`template_dir`), so renderers read their reference DOCX, HTML shell and CSS from it, and the
    /// project's own reference DOCX (`reference_docx`) when bid.yaml names one.
    /// The user's `--option key=value` pairs win.
    public func options(for project: Project, user: [String: String] = [:]) -> [String: String] {
        var options: [String: String] = [:]
        if let name = project.info.template, let dir = templates.folder(named: name) { options["template_dir"] = dir }
        if let docx = project.info.referenceDocx { options["reference_docx"] = project.root.appendingPathComponent(docx).path }
        return options.merging(user) { _, user in user }
    }

    /// Every requested format must have a renderer before any work starts.
    public func validateFormats(_ formats: [String]) throws {
        guard !formats.isEmpty else { throw UsageError("no format requested") }
        let available = (host.formats + Self.builtInFormats.keys).sorted()
        for format in formats where host.plugin(for: format) == nil && Self.builtInFormats[format] == nil {
            var message = "no renderer for format '\(format)'; available formats: \(available.joined(separator: ", "))"
            message += "\nplugin search path: " + (host.searchPath.isEmpty ? "(empty)" : host.searchPath.joined(separator: ":"))
            for failure in host.failures { message += "\n  failed to load \(failure)" }
            throw UsageError(message)
        }
    }

    private func render(_ format: String, package: BidPackage, wire: [UInt8], options: [String: String]) throws -> ([UInt8], String) {
        if let ext = Self.builtInFormats[format] {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return (Array(try encoder.encode(package)) + [0x0A], ext)
        }
        guard let plugin = host.plugin(for: format), let spec = plugin.formats.first(where: { $0.name == format }) else {
            throw RenderFailure(format: format, message: "no renderer")
        }
        if let reason = plugin.unavailableReason(format: format) {
            throw RenderFailure(format: format, message: "plugin '\(plugin.name)' cannot render here: \(reason)")
        }
        do {
            return (try plugin.render(format: format, package: wire, options: options), spec.fileExtension)
        } catch {
            throw RenderFailure(format: format, message: String(describing: error))
        }
    }
}
