/// What a project file is, for messages ("the price list 'prices.csv'") and for its size limit.
///
/// Every file is read whole into memory, so each kind has a cap (docs/bid-project.md, "Limits"): far
/// above any real bid, low enough that a wrong or hostile file is refused before it costs gigabytes.
public enum InputKind: Sendable {
    case bidYAML, requirements, template, priceList, markdown, image, wordForm, referenceDocx, attachment, tender

    /// The largest file accepted, in bytes.
    public var byteLimit: Int {
        switch self {
        case .bidYAML, .requirements, .template: return 8 << 20
        case .markdown: return 8 << 20
        case .priceList: return 32 << 20
        case .image: return 32 << 20
        case .wordForm, .referenceDocx, .attachment: return 64 << 20
        case .tender: return 128 << 20
        }
    }

    /// How messages name it.
    var noun: String {
        switch self {
        case .bidYAML: return "project file"
        case .requirements: return "requirements file"
        case .template: return "template file"
        case .priceList: return "price list"
        case .markdown: return "Markdown file"
        case .image: return "image"
        case .wordForm: return "Word form"
        case .referenceDocx: return "reference DOCX"
        case .attachment: return "attachment"
        case .tender: return "tender document"
        }
    }

    /// "8 MiB"
    static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : bytes >= 1 << 10 ? "\(bytes >> 10) KiB" : "\(bytes) bytes"
    }
}
