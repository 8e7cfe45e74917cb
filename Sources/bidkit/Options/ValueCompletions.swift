import ArgumentParser
import BidKit
import Foundation

/// Shell completion of option values (issue 15 item 14): the scripts `bidkit --generate-completion-script
/// bash|zsh|fish` writes call back into `bidkit` for the values only it knows — template names, the
/// formats of the plugins found, the volumes of the project being typed — and let the shell complete
/// folders and files. Every lookup is best effort: a completion never prints an error.
enum ValueCompletions {
    /// Template names on the default search path (plus `--template-path` folders already typed).
    static let templates = CompletionKind.custom { arguments, _, _ in
        let locator = TemplateLocator(explicit: values(of: "--template-path", in: arguments))
        return TemplateCatalog(locator: locator).usable.filter { $0.template != nil }.map(\.name)
    }

    /// The formats the plugins on the search path render, and the built-in model-json.
    static let formats = CompletionKind.custom { arguments, _, prefix in
        let host = PluginHost(searchPath: PluginSearchPath.resolve(
            explicit: values(of: "--plugin-path", in: arguments), environment: ProcessInfo.processInfo.environment,
            executableDirectory: PluginSearchPath.executableDirectory))
        let formats = host.formats + ["model-json"]
        // `--format txt,do…` completes the last name of the list.
        guard let comma = prefix.lastIndex(of: ",") else { return formats }
        let head = prefix[...comma]
        return formats.map { head + $0 }
    }

    /// The volumes (bid.yaml `volumes:`) of the project folder named on the command line, or of `.`.
    static let volumes = CompletionKind.custom { arguments, _, _ in
        let folder = arguments.dropFirst().first { !$0.hasPrefix("-") && FileManager.default.fileExists(atPath: $0 + "/bid.yaml") } ?? "."
        return ((try? ProjectLoader.load(folder: folder))?.volumes ?? []).map(\.name)
    }

    /// The part ids of that project, for `--part`.
    static let parts = CompletionKind.custom { arguments, _, _ in
        let folder = arguments.dropFirst().first { !$0.hasPrefix("-") && FileManager.default.fileExists(atPath: $0 + "/bid.yaml") } ?? "."
        return ((try? ProjectLoader.load(folder: folder))?.parts ?? []).map(\.id)
    }

    /// The values given so far to a repeatable option (`--plugin-path a --plugin-path b`).
    private static func values(of option: String, in arguments: [String]) -> [String] {
        zip(arguments, arguments.dropFirst()).compactMap { $0 == option ? $1 : nil }
    }
}
