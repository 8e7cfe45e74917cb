import Foundation
import BidKitExternalTools
import BidKitPluginSDK

/// Puts each PDF attachment's own pages (vector and text intact, the certificate number searchable
/// in the certificate itself) where LibreOffice's PDF shows their pictures, so a certificate copy
/// is a page of the bid with our caption, header, footer and page number around it.
///
/// Every structural edit is qpdf's; BidKit writes one line of content per page (the placement):
/// 1. each attachment is checked (fonts embedded, not much larger than its pictures) and read by
///    qpdf once, its printing annotations flattened; the pages to place are gathered into one file;
/// 2. those pages are appended to LibreOffice's PDF and each is overlaid with itself, which makes
///    qpdf copy it in as a form XObject (resources, rotation and all);
/// 3. `pdfimages -list` tells which image object each page draws; the attachment pictures among
///    them are found by `AttachmentDraws`;
/// 4. qpdf's JSON update turns each such picture into a form drawing its page's form in the
///    picture's place, and the appended pages are dropped (`--pages . 1-N`).
/// LibreOffice's pages, their order and count, the outline, named destinations and document
/// properties stay as they were, so page numbers, the TOC and the signing map still hold.
struct VectorPages {
    let qpdf: QPDF
    let poppler: Poppler
    /// Pages of one attachment placed at most (the core rasterises as many).
    static let maxPages = 40
    /// An attachment whose file is larger than its pictures by more than this per page keeps its
    /// pictures: a 600 dpi scan is not embedded at 600 dpi (its pictures are 150 dpi).
    static let allowancePerPage = 256 << 10

    init(environment: [String: String]) {
        qpdf = QPDF(environment: environment)
        poppler = Poppler(environment: environment)
    }

    func place(into pdf: [UInt8], package: BidPackage) throws -> [UInt8] {
        let expected = AttachmentDraws.expected(in: package)
        var wanted: [AttachmentDraws.Source] = []
        for source in expected.compactMap(\.source) where !wanted.contains(source) && source.page <= Self.maxPages { wanted.append(source) }
        guard !wanted.isEmpty else { return pdf }
        let work = try PrivateFolder(prefix: "bidkit-vector")
        let files = try readable(Set(wanted.map(\.pdf)), package: package, in: work)
        let placed = wanted.filter { files[$0.pdf] != nil }
        guard !placed.isEmpty else { return pdf }

        // 1. The pages to place, in one file, in order (consecutive pages of a file as one range).
        var pageArgs: [String] = []
        for source in placed {
            let file = work.file(files[source.pdf] ?? "")
            if pageArgs.count >= 2, pageArgs[pageArgs.count - 2] == file { pageArgs[pageArgs.count - 1] += ",\(source.page)" } else { pageArgs += [file, String(source.page)] }
        }
        try qpdf.run(["--empty", "--pages"] + pageArgs + ["--", work.file("pages.pdf")], in: work)

        // 2. LibreOffice's pages, then the attachment pages, each overlaid with itself.
        try Data(pdf).write(to: URL(fileURLWithPath: work.file("layout.pdf")))
        let n = try qpdf.pageCount(of: work.file("layout.pdf"), in: work)
        let k = placed.count
        try qpdf.run([work.file("layout.pdf"), "--pages", ".", "1-z", work.file("pages.pdf"), "1-z", "--",
                      "--overlay", work.file("pages.pdf"), "--to=\(n + 1)-\(n + k)", "--from=1-\(k)", "--", work.file("merged.pdf")], in: work)

        // 3. Which objects are the pictures, and what each attachment page became.
        let draws = try poppler.imageDraws(ofFile: work.file("merged.pdf"), lastPage: n, in: work)
        let objects = try qpdf.objects(of: work.file("merged.pdf"), in: work)
        let pictures = AttachmentDraws.match(expected, draws: draws)
        guard objects.pages.count == n + k else { throw ChildProcessError("qpdf's merged file has \(objects.pages.count) pages, not \(n + k)") }

        // 4. Size: an attachment keeps its pictures when its file outweighs them by more than the allowance.
        var pictureBytes: [String: Int] = [:], pictureCount: [String: Int] = [:]
        for (object, source) in pictures {
            pictureBytes[source.pdf, default: 0] += (objects.resolve(objects.dictionary("\(object) 0 R")?["/Length"]) as? NSNumber)?.intValue ?? 0
            pictureCount[source.pdf, default: 0] += 1
        }
        var replacements: [String: Any] = [:]
        for (object, source) in pictures.sorted(by: { $0.key < $1.key }) {
            guard let index = placed.firstIndex(of: source), let bytes = package.resource(id: source.pdf)?.data.count,
                  bytes <= (pictureBytes[source.pdf] ?? 0) + Self.allowancePerPage * (pictureCount[source.pdf] ?? 0),
                  let form = try replacement(for: object, page: objects.pages[n + index], objects: objects, draws: draws) else { continue }
            replacements["\(object) 0 R"] = form
        }
        guard !replacements.isEmpty else { return pdf }
        try objects.update(replacing: replacements).write(to: URL(fileURLWithPath: work.file("edits.json")))
        try qpdf.run([work.file("merged.pdf"), "--deterministic-id", "--update-from-json=" + work.file("edits.json"),
                      "--pages", ".", "1-\(n)", "--", work.file("out.pdf")], in: work)
        guard let out = FileManager.default.contents(atPath: work.file("out.pdf")), PDFBytes.isComplete([UInt8](out)) else {
            throw ChildProcessError("qpdf wrote no complete PDF")
        }
        return [UInt8](out)
    }

    /// The attachment files qpdf can read whose fonts are all embedded (a viewer would substitute
    /// the others, a platform may refuse them), as qpdf rewrote them: printing annotations drawn
    /// into the page. The others keep their pictures. File names in the folder are ours, never the user's.
    private func readable(_ ids: Set<String>, package: BidPackage, in work: PrivateFolder) throws -> [String: String] {
        var out: [String: String] = [:]
        for (i, id) in ids.sorted().enumerated() {
            guard let resource = package.resource(id: id) else { continue }
            let original = work.file("attachment-\(i).pdf"), normalised = "attachment-\(i)-q.pdf"
            try Data(resource.data).write(to: URL(fileURLWithPath: original))
            do {
                guard try poppler.fontsNotEmbedded(inFile: original, lastPage: Self.maxPages, in: work).isEmpty else { continue }
                try qpdf.run([original, "--flatten-annotations=print", "--generate-appearances", work.file(normalised)], in: work)
                out[id] = normalised
            } catch let missing as MissingTool {
                throw missing
            } catch {
                // qpdf could not make sense of a file poppler rasterised: its pictures stay.
                continue
            }
        }
        return out
    }

    /// The form that replaces picture `object`: it draws the `/Fx1` form qpdf's overlay made of the
    /// attachment page on the appended page `pageRef`.
    private func replacement(for object: Int, page pageRef: String, objects: PDFObjects, draws: [Poppler.ImageDraw]) throws -> [String: Any]? {
        guard let page = objects.dictionary(pageRef), let xobjects = objects.dictionary(objects.dictionary(page["/Resources"])?["/XObject"]),
              let formRef = (xobjects["/Fx1"] ?? xobjects.first { $0.key != "/Fx0" }?.value) as? String, let form = objects.dictionary(formRef),
              let box = objects.numbers(form["/BBox"]), let size = draws.first(where: { $0.object == object })?.size else { return nil }
        let aspect = Double(size.width) / Double(size.height)
        guard let content = AttachmentDraws.placement(box: box, matrix: objects.numbers(form["/Matrix"]), aspect: aspect, form: "/Page") else {
            return nil
        }
        let dict: [String: Any] = ["/Type": "/XObject", "/Subtype": "/Form", "/BBox": [0, 0, 1, 1],
                                   "/Resources": ["/XObject": ["/Page": formRef]]]
        return ["stream": ["dict": dict, "data": Data(content.utf8).base64EncodedString()]]
    }
}
