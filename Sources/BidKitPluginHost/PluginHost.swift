/// Discovers and loads every renderer plugin on a search path, once, at start-up.
///
/// Loading is eager so `bidkit plugins` can list what is installed and what is broken,
/// and so a broken plugin is reported the same way whether or not its format is used.
public final class PluginHost: Sendable {
    /// The directories searched, in priority order, including ones that do not exist.
    public let searchPath: [String]
    /// Loaded plugins in search order; within a directory, by file name.
    public let plugins: [LoadedPlugin]
    /// Files (and directories) that were found but could not be used.
    public let failures: [PluginFailure]

    public init(searchPath: [String]) {
        self.searchPath = searchPath
        var plugins: [LoadedPlugin] = []
        var failures: [PluginFailure] = []
        var seenFiles = Set<String>()
        for directory in searchPath {
            let listing = PluginDiscovery.list(directory)
            failures += listing.failures
            // The same file reached twice (a directory listed under two names, a symlink) is
            // one plugin, not a duplicate: only the first sighting is loaded.
            for candidate in listing.candidates where seenFiles.insert(candidate.realPath).inserted {
                switch PluginLoader.load(path: candidate.path, openPath: candidate.realPath) {
                case .success(let plugin):
                    if let earlier = plugins.first(where: { $0.name == plugin.name }) {
                        failures.append(PluginFailure(
                            path: candidate.path,
                            reason: "duplicate plugin '\(plugin.name)', already loaded from \(earlier.path)"))
                    } else {
                        plugins.append(plugin)
                    }
                case .failure(let failure):
                    failures.append(failure)
                }
            }
        }
        self.plugins = plugins
        self.failures = failures
    }

    /// First plugin (search order) rendering the format; earlier directories shadow later ones.
    public func plugin(for format: String) -> LoadedPlugin? {
        plugins.first { $0.format(named: format) != nil }
    }

    /// Every plugin rendering the format, the one `plugin(for:)` picks first; the rest are
    /// shadowed, which `bidkit plugins` can point out.
    public func plugins(for format: String) -> [LoadedPlugin] {
        plugins.filter { $0.format(named: format) != nil }
    }

    /// Every format some plugin renders, sorted, each once.
    public var formats: [String] {
        Array(Set(plugins.flatMap { $0.formats.map(\.name) })).sorted()
    }
}
