import Foundation

/// Refuses to let LibreOffice substitute a font silently: every font a document names must
/// resolve (through `FontAlias` and fontconfig, `fc-match`) to the face we expect, or the
/// conversion stops with the font's name and the package to install.
public struct FontCheck: Sendable {
    public var aliases: [FontAlias]
    let environment: [String: String]

    public init(aliases: [FontAlias] = FontAlias.windowsCJK,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.aliases = aliases
        self.environment = environment
    }

    /// Throws for the first font in `families` (sorted) that is neither installed nor mapped to an installed face.
    public func requireInstalled(_ families: Set<String>) throws {
        let tool = try ExternalTool.fcMatch.locate(environment: environment).get()
        let work = try PrivateFolder(prefix: "bidkit-fonts")
        try Data(FontAlias.fontconfig(aliases).utf8).write(to: URL(fileURLWithPath: work.file("fonts.conf")))
        let env = ["HOME": work.path, "FONTCONFIG_FILE": work.file("fonts.conf"), "PATH": environment["PATH"] ?? "/usr/bin:/bin"]
        for family in families.sorted() {
            let expected = aliases.first { $0.requested == family }?.installed ?? family
            let outcome = try ChildProcess.run(tool, ["-f", "%{family}", family], environment: env, in: work.path, timeout: 30)
            let got = outcome.stdout.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard !got.contains(expected) else { continue }
            let install = FontAlias.package(providing: expected).map { "; install it with: apt-get install \($0)" } ?? ""
            let shown = expected == family ? "'\(family)'" : "'\(family)' (shown as '\(expected)')"
            throw ChildProcessError("the document names font \(shown), which is not installed: LibreOffice would "
                                    + "substitute '\(got.first ?? "?")'\(install)")
        }
    }
}
