import BidKitExternalTools
import Foundation

/// PNG copies of the SVG and WebP pictures, for the paged formats (DOCX, PDF): Word before 2016 and
/// LibreOffice show an SVG only through a raster copy beside it (Word's own `asvg:svgBlip` pairing),
/// and Word cannot show WebP at all. Each copy is a resource of its own (`<id>.png`), named by the
/// picture's `fallback`; HTML keeps the original. Made only for builds that write DOCX or PDF.
///
/// A converter that is missing is a warning naming it and its install command; the DOCX then shows
/// the picture's alt text in its place (an SVG alone would be blank in Word before 2016 and in LibreOffice).
enum ImageFallbacks {
    static func add(to package: inout BidPackage, converter: ImageConverter = ImageConverter()) -> [String] {
        var fallbacks: [String: String] = [:]
        var warnings: [String] = []
        var warned: Set<String> = []
        var added: [Resource] = []
        for resource in package.resources where ["image/svg+xml", "image/webp"].contains(resource.mediaType) {
            let svg = resource.mediaType == "image/svg+xml"
            do {
                let png = svg ? try converter.pngFromSVG(resource.data) : try converter.pngFromWebP(resource.data)
                let id = resource.id + ".png"
                added.append(Resource(id: id, mediaType: "image/png", data: png))
                fallbacks[resource.id] = id
            } catch let missing as MissingTool {
                if warned.insert(missing.tool.command).inserted {
                    warnings.append(svg ? "SVG pictures are shown as their alt text in the DOCX and PDF: \(missing)"
                                        : "WebP pictures are shown as their alt text in the DOCX and PDF: \(missing)")
                }
            } catch {
                warnings.append("\(resource.id): no PNG copy for the DOCX and PDF: \(error)")
            }
        }
        guard !fallbacks.isEmpty else { return warnings }
        package.resources += added
        package.parts = package.parts.map { part in
            var part = part
            part.sections = part.sections.map { section in
                var section = section
                section.blocks = section.blocks.map { $0.mapBlocks { block in
                    guard case .image(var image) = block, let id = fallbacks[image.resource] else { return block }
                    image.fallback = id
                    return .image(image)
                } }
                return section
            }
            return part
        }
        return warnings
    }
}
