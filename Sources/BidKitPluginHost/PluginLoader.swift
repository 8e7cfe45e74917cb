import BidKitTextLayout
import CBidKitPluginABI

/// Loads one plugin library: open, find the entry point, call it, validate the descriptor.
///
/// Every step reports a `PluginFailure` instead of trapping: a plugin directory is user
/// territory and may hold anything, from a stale build to a random file named `*.so`.
/// What cannot be defended in-process (a library whose initialisers or entry point crash)
/// is out of reach of any in-process host.
public enum PluginLoader {
    /// The C symbol every plugin exports.
    public static let entrySymbol: String = BIDKIT_PLUGIN_ENTRY_SYMBOL

    /// Loads the library at `path` (which must contain a `/`).
    public static func load(_ path: String) -> Result<LoadedPlugin, PluginFailure> {
        load(path: path, openPath: path)
    }

    /// `path` is what messages show; `openPath` is what is handed to `dlopen` (the resolved
    /// real path during discovery, so a symlinked plugin opens the file it points to).
    static func load(path: String, openPath: String) -> Result<LoadedPlugin, PluginFailure> {
        func fail(_ reason: String) -> Result<LoadedPlugin, PluginFailure> {
            .failure(PluginFailure(path: path, reason: reason))
        }
        let handle: UnsafeMutableRawPointer
        switch DynamicLibrary.open(openPath) {
        case .success(let h): handle = h
        case .failure(let error):
            return fail("cannot be loaded as a shared library: \(TerminalText.safe(trimmingPath(openPath, from: error.message)))")
        }
        guard let symbol = DynamicLibrary.symbol(entrySymbol, in: handle) else {
            return fail("no entry symbol '\(entrySymbol)'; not a BidKit plugin")
        }
        let entry = unsafeBitCast(symbol, to: bidkit_plugin_entry_fn.self)
        switch DescriptorValidation.validate(entry().map(UnsafeRawPointer.init)) {
        case .success(let descriptor): return .success(LoadedPlugin(path: path, descriptor: descriptor))
        case .failure(let error): return fail(error.reason)
        }
    }

    /// `dlerror` usually repeats the path ("/x/libfoo.so: invalid ELF header"); the failure
    /// already starts with it, so the copy is dropped.
    private static func trimmingPath(_ path: String, from message: String) -> String {
        let prefix = path + ": "
        return message.hasPrefix(prefix) ? String(message.dropFirst(prefix.count)) : message
    }
}
