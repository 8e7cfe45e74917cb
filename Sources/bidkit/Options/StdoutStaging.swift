import ArgumentParser
import Foundation

/// `build -o -`: the document is rendered into a private temporary folder (mkdtemp, mode 0700) as
/// any build is, then copied to standard output and the folder removed — so a pipe
/// (`bidkit build . -f txt -o - | less`) sees exactly the bytes a file build writes.
enum StdoutStaging {
    static func folder() throws -> String {
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/tmp"
        var template = Array((base + "/bidkit-stdout-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.flatMap { mkdtemp($0) } }
        guard let made else { throw ValidationError("-o -: cannot create a temporary folder in \(base)") }
        return String(cString: made)
    }

    /// The one document written (a PDF build's signing map is left out); more than one is a usage error.
    /// The folder is removed before writing, so a reader that stops early (`| head`) leaves nothing behind.
    static func copyToStdout(_ written: [String], from folder: String) throws {
        let documents = written.filter { !$0.contains("-signing-map.") }
        guard documents.count == 1, let path = documents.first else {
            throw ValidationError("-o - writes one document to standard output; this build wrote \(documents.count) (volumes: give --volume)")
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        remove(folder)
        FileHandle.standardOutput.write(data)
    }

    static func remove(_ folder: String) {
        try? FileManager.default.removeItem(atPath: folder)
    }
}
