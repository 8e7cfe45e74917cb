import Foundation

/// DOCX → PDF through LibreOffice headless (`soffice --convert-to pdf`), the way document
/// services do it: a private user profile per run, no window, a time limit after which the whole
/// process group is killed, and no PDF at all unless the conversion finished and the file is whole.
public struct LibreOffice: Sendable {
    /// `soffice`'s absolute path.
    public let executable: String
    /// Seconds a conversion may take before it is killed.
    public var timeout: TimeInterval
    /// fontconfig aliases for fonts a template names that Linux does not have (宋体 → Noto Serif CJK SC).
    public var fontAliases: [FontAlias]

    public init(executable: String, timeout: TimeInterval = 120, fontAliases: [FontAlias] = FontAlias.windowsCJK) {
        self.executable = executable
        self.timeout = timeout
        self.fontAliases = fontAliases
    }

    /// Finds `soffice` on `PATH`; the failure names the packages to install.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<LibreOffice, MissingTool> {
        ExternalTool.libreOffice.locate(environment: environment).map { LibreOffice(executable: $0) }
    }

    /// PDF export settings (`writer_pdf_Export` filter data), given as the JSON `--convert-to`
    /// accepts since LibreOffice 7.4.
    public struct ExportOptions: Sendable {
        /// Outline from the headings (parts, sections, headings).
        public var bookmarks = true
        /// Word bookmarks as named destinations, which `pdfinfo -dests` lists with their pages.
        public var namedDestinations = true
        public init() {}

        var filterJSON: String {
            func flag(_ name: String, _ value: Bool) -> String { "\"\(name)\":{\"type\":\"boolean\",\"value\":\"\(value)\"}" }
            return "{" + [flag("ExportBookmarks", bookmarks), flag("ExportBookmarksToPDFDestination", namedDestinations),
                          flag("ExportNotes", false), flag("UseTaggedPDF", false)].joined(separator: ",") + "}"
        }
    }

    /// Converts `docx` and returns the PDF's bytes; throws with LibreOffice's own words on failure.
    public func convert(docx: [UInt8], options: ExportOptions = ExportOptions()) throws -> [UInt8] {
        let work = try PrivateFolder(prefix: "bidkit-soffice")
        let input = work.file("document.docx")
        guard FileManager.default.createFile(atPath: input, contents: Data(docx)) else {
            throw ChildProcessError("cannot write the DOCX for LibreOffice into \(work.path)")
        }
        try FileManager.default.createDirectory(atPath: work.file("out"), withIntermediateDirectories: false)
        try Data(FontAlias.fontconfig(fontAliases).utf8).write(to: URL(fileURLWithPath: work.file("fonts.conf")))
        let arguments = [
            "--headless", "--invisible", "--nologo", "--nodefault", "--norestore", "--nolockcheck", "--nofirststartwizard",
            "-env:UserInstallation=" + work.fileURL("profile"),
            "--convert-to", "pdf:writer_pdf_Export:" + options.filterJSON,
            "--outdir", work.file("out"), input,
        ]
        let outcome = try ChildProcess.run(executable, arguments, environment: environment(work), in: work.path, timeout: timeout)
        if outcome.timedOut {
            throw ChildProcessError("LibreOffice did not finish within \(Int(timeout)) s and was stopped; no PDF was written")
        }
        return try outcome.completePDF(at: work.file("out/document.pdf"), program: "LibreOffice",
                                       failure: "could not convert the document") { !$0.contains("javaldx") }
    }

    /// A clean environment: only what LibreOffice needs, `HOME` inside the private folder (so
    /// nothing reads or writes the user's own configuration), no display (`svp`, headless).
    private func environment(_ work: PrivateFolder) -> [String: String] {
        let inherited = ProcessInfo.processInfo.environment
        return ["HOME": work.path, "TMPDIR": work.path, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
                   "SAL_USE_VCLPLUGIN": "svp", "FONTCONFIG_FILE": work.file("fonts.conf"),
                "PATH": inherited["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"]
    }
}

/// "Use this installed font where a document asks for that one."
public struct FontAlias: Sendable, Hashable {
    public let requested: String
    public let installed: String
    public init(_ requested: String, _ installed: String) {
        self.requested = requested
        self.installed = installed
    }

    /// Word's Chinese faces, which Linux does not have, mapped to the Noto CJK faces of the same
    /// kind (fonts-noto-cjk): serif body for 宋体/SimSun, sans headings for 黑体/SimHei.
    public static let windowsCJK: [FontAlias] = [
        FontAlias("SimSun", "Noto Serif CJK SC"), FontAlias("宋体", "Noto Serif CJK SC"),
        FontAlias("NSimSun", "Noto Serif CJK SC"), FontAlias("新宋体", "Noto Serif CJK SC"),
        FontAlias("SimHei", "Noto Sans CJK SC"), FontAlias("黑体", "Noto Sans CJK SC"),
        FontAlias("Microsoft YaHei", "Noto Sans CJK SC"), FontAlias("微软雅黑", "Noto Sans CJK SC"),
        FontAlias("FangSong", "Noto Serif CJK SC"), FontAlias("仿宋", "Noto Serif CJK SC"),
        FontAlias("KaiTi", "Noto Serif CJK SC"), FontAlias("楷体", "Noto Serif CJK SC"),
        // Word's Latin faces → their metric-compatible free twins, so line breaks match Word's.
        FontAlias("Calibri", "Carlito"), FontAlias("Cambria", "Caladea"),
        FontAlias("Times New Roman", "Liberation Serif"), FontAlias("Arial", "Liberation Sans"),
        FontAlias("Courier New", "Liberation Mono"), FontAlias("Consolas", "Liberation Mono"),
    ]

    /// The Debian package that provides an installed face named here.
    public static func package(providing family: String) -> String? {
        if family.hasPrefix("Noto") && family.contains("CJK") { return "fonts-noto-cjk" }
        if family == "Carlito" { return "fonts-crosextra-carlito" }
        if family == "Caladea" { return "fonts-crosextra-caladea" }
        if family.hasPrefix("Liberation") { return "fonts-liberation2" }
        return nil
    }

    /// A fontconfig file that includes the system's and adds one strong alias per entry
    /// (`binding="same"`: the alias wins over fontconfig's own guesses, always the same way).
    public static func fontconfig(_ aliases: [FontAlias]) -> String {
        var out = "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n"
        out += "  <include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>\n"
        for a in aliases {
            out += "  <alias binding=\"same\"><family>\(escape(a.requested))</family><prefer><family>\(escape(a.installed))</family></prefer></alias>\n"
        }
        return out + "</fontconfig>\n"
    }

    private static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
