import ArgumentParser
import BidKit
import Foundation

/// `bidkit`: assemble tender responses and check them before submission.
@main
struct BidKitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bidkit",
        abstract: "Assemble bid packages (tender responses) and check them for completeness.",
        version: "0.1.0",
        subcommands: [Init.self, Build.self, Check.self, Tasks.self, Price.self, Plugins.self, Templates.self, SigningMapCommand.self, Tender.self])

    /// Runs a command with BidKit's exit statuses: 0 ok, 1 findings or failed renders, 2 unusable input or usage.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as LoadError {
            Terminal.error(error.description)
            Foundation.exit(2)
        } catch let errors as LoadErrors {
            Terminal.error(errors.description)
            Foundation.exit(2)
        } catch let error as UsageError {
            Terminal.error("error: \(error.description)")
            Foundation.exit(2)
        } catch let error as CocoaError {
            // A file operation the command itself makes (init's new folder): one line, not an NSError dump.
            Terminal.error("error: " + (FileErrorText.describe(error) ?? error.localizedDescription))
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            if code == .success || code.rawValue == 1 { exit(withError: error) }
            // ArgumentParser's usage errors (64) become 2, as the design's exit codes say.
            // One prefix style for every message, lower case as SwiftPM and compilers print it.
            let message = fullMessage(for: error)
            Terminal.error(message.hasPrefix("Error: ") ? "error: " + message.dropFirst("Error: ".count) : message)
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
