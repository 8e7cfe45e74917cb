import Foundation

/// HTML → PDF through headless Chromium (`--print-to-pdf`), the browser whose print the HTML's
/// stylesheet is written for: the same page boxes, running header and 第 N 页 a reader gets from
/// "Print". Run like LibreOffice: a private profile (`--user-data-dir`) and `HOME` per run, no
/// window, a time limit after which the process group is killed, and no PDF unless it is whole.
///
/// No network: the page is a local file with no external loads (the HTML writer refuses them), and
/// Chromium is told to resolve no host name and to start none of its background services, so
/// nothing in a hostile template or project can make it reach out.
public struct Chromium: Sendable {
    /// `chromium`'s absolute path.
    public let executable: String
    /// Seconds one print may take before it is stopped.
    public var timeout: TimeInterval

    public init(executable: String, timeout: TimeInterval = 120) {
        self.executable = executable
        self.timeout = timeout
    }

    /// Finds `chromium` on `PATH`; the failure names the package to install.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<Chromium, MissingTool> {
        ExternalTool.chromium.locate(environment: environment).map { Chromium(executable: $0) }
    }

    /// Prints `html` (a self-contained document) and returns the PDF's bytes.
    public func printToPDF(html: [UInt8]) throws -> [UInt8] {
        let work = try PrivateFolder(prefix: "bidkit-chromium")
        let input = work.file("page.html")
        guard FileManager.default.createFile(atPath: input, contents: Data(html)) else {
            throw ChildProcessError("cannot write the HTML for Chromium into \(work.path)")
        }
        let output = work.file("page.pdf")
        let arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--user-data-dir=" + work.file("profile"), "--no-pdf-header-footer",
            // No network: every host name fails to resolve, no background fetches.
            "--host-resolver-rules=MAP * ~NOTFOUND", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-extensions", "--no-pings",
            "--print-to-pdf=" + output, URL(fileURLWithPath: input).absoluteString,
        ]
        let outcome = try ChildProcess.run(executable, arguments, environment: environment(work), in: work.path, timeout: timeout)
        if outcome.timedOut {
            throw ChildProcessError("Chromium did not finish printing within \(Int(timeout)) s and was stopped")
        }
        // Chromium logs D-Bus complaints on every headless run: only its other errors are worth repeating.
        return try outcome.completePDF(at: output, program: "Chromium", failure: "could not print the HTML") {
            $0.contains("ERROR") && !$0.contains("dbus")
        }
    }

    /// Only what Chromium needs; `HOME` and the XDG folders inside the private folder, so nothing
    /// reads or writes the user's own browser profile or cache.
    private func environment(_ work: PrivateFolder) -> [String: String] {
        let inherited = ProcessInfo.processInfo.environment
        return ["HOME": work.path, "TMPDIR": work.path, "LANG": "C.UTF-8",
                "XDG_CONFIG_HOME": work.file("config"), "XDG_CACHE_HOME": work.file("cache"),
                "PATH": inherited["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"]
    }
}
