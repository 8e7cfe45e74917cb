import Foundation

extension BuildPipeline {
    /// The package with the page numbers of the HTML print (`--paginate` with HTML): laid out by the
    /// HTML renderer through headless Chromium. When that cannot run (Chromium missing: the message
    /// names it and the install command) the HTML fails, so a build that asked for numbers never
    /// writes an HTML without them; the other formats are still written.
    func paginateHTML(_ package: BidPackage, references: [PageReference], language: Language,
                      options: [String: String]) -> Result<BidPackage, RenderFailure> {
        let format = Pagination.htmlLayoutFormat
        let why = "the HTML print's page numbers (--paginate) need its layout pass"
        switch Pagination.available(in: host, format: format) {
        case .failure(let unavailable):
            return .failure(RenderFailure(format: format, message: "\(why): \(unavailable)"))
        case .success(let pagination):
            do {
                return .success(try pagination.paginate(package, references: references, language: language, options: options).package)
            } catch let error as PluginRenderError {
                return .failure(RenderFailure(format: format, message: "\(why): \(error.message)"))
            } catch {
                return .failure(RenderFailure(format: format, message: "\(why): \(error)"))
            }
        }
    }
}
