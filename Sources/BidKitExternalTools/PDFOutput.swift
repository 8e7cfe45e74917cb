import Foundation

extension ChildProcess.Outcome {
    /// The PDF a converter (LibreOffice, Chromium) wrote at `path` in this run, only when it exited
    /// normally and the file is whole (`PDFBytes.isComplete`); otherwise an error saying that
    /// `failure`, with the last lines of its own output that `said` keeps.
    func completePDF(at path: String, program: String, failure: String, said: (Substring) -> Bool) throws -> [UInt8] {
        guard status == 0, let data = FileManager.default.contents(atPath: path), !data.isEmpty else {
            let words = (stderr + stdout).split(separator: "\n").filter(said).suffix(5)
            throw ChildProcessError("\(program) \(failure) (exit status \(status))" + (words.isEmpty ? "" : ": " + words.joined(separator: " / ")))
        }
        let bytes = [UInt8](data)
        guard PDFBytes.isComplete(bytes) else {
            throw ChildProcessError("\(program) wrote an incomplete PDF (\(bytes.count) bytes, no %%EOF); nothing was kept")
        }
        return bytes
    }
}
