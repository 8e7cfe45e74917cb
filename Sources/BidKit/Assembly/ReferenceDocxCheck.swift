import BidKitOOXML
import Foundation

/// Reads the reference document a DOCX build will use — the project's `reference_docx`, a
/// `--option reference_docx=…`, or the template's `docx/reference/` folder — exactly as the DOCX
/// renderer will (`ReferenceParts`, `OOXMLLimits.referenceDocument`), before anything is rendered.
///
/// A zip bomb, a DTD in styles.xml, a part that is not XML or a reference without styles is then a
/// load error naming the file (exit status 2), found by `check` as well as `build`, instead of a failed
/// render. The renderer reads the reference again through the same code, for hosts that skip this.
enum ReferenceDocxCheck {
    /// The project's own reference (bid.yaml `project.reference_docx`), named as bid.yaml names it.
    static func check(_ project: Project) -> [LoadError] {
        guard let reference = project.info.referenceDocx else { return [] }
        return check(file: project.root.appendingPathComponent(reference).path, display: project.display(reference))
    }

    /// What the DOCX renderer will be told to use, beyond the project's own reference (already checked
    /// at assembly): a reference given with `--option`, or the template's reference folder.
    static func check(options: [String: String], project: Project) -> [LoadError] {
        if let file = options["reference_docx"], !file.isEmpty {
            let own = project.info.referenceDocx.map { project.root.appendingPathComponent($0).path }
            return file == own ? [] : check(file: file, display: file)
        }
        guard let dir = options["template_dir"], !dir.isEmpty else { return [] }
        let folder = URL(fileURLWithPath: dir).appendingPathComponent("docx/reference").path
        guard LocalFile.kind(folder) == .folder else { return [] }
        return errors(display: folder) {
            _ = try ReferenceParts(OOXMLPackage(folder: folder, file: folder, limits: .referenceDocument))
        }
    }

    static func check(file path: String, display: String) -> [LoadError] {
        errors(display: display) {
            _ = try ReferenceParts(OOXMLPackage(zipFile: path, file: display, limits: .referenceDocument))
        }
    }

    private static func errors(display: String, _ read: () throws -> Void) -> [LoadError] {
        do {
            try read()
            return []
        } catch let error as OOXMLError {
            return [LoadError(SourceLocation(file: error.file), "reference document " + error.message)]
        } catch {
            return [LoadError(SourceLocation(file: display), "reference document cannot be read: \(error)")]
        }
    }
}
