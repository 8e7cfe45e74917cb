import BidKitTextLayout
import Foundation

/// Where output goes: results on stdout, diagnostics on stderr, colour only on a terminal.
/// Everything bidkit prints passes through here, and through `TerminalText.safe`: messages quote
/// input, and a control character or escape sequence in a bid file must show as text, never act.
enum Terminal {
    static func error(_ message: String) {
        let safe = TerminalText.safe(message)
        FileHandle.standardError.write(Data((safe.hasSuffix("\n") ? safe : safe + "\n").utf8))
    }

    /// Results on stdout; `colored` output keeps the SGR colour sequences bidkit itself added.
    static func print(_ text: String, colored: Bool = false) {
        let safe = TerminalText.safe(text, keepingColors: colored)
        FileHandle.standardOutput.write(Data((safe.hasSuffix("\n") ? safe : safe + "\n").utf8))
    }

    /// NO_COLOR (no-color.org) and pipes turn colour off.
    static var stdoutIsColorTerminal: Bool {
        isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }
}
