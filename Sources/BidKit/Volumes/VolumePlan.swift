/// One volume of the bid (商务标, 技术标, 报价文件): a separate document holding some parts, with
/// its own cover, table of contents and page numbering. bid.yaml `volumes:`.
public struct VolumePlan: Sendable, Hashable {
    /// As printed on the cover and used in file names: `DIR/<id>-<name>.<ext>`.
    public var name: String
    /// Part ids, in the order they appear in the volume.
    public var parts: [String]
    public var location: SourceLocation
}

/// `bidkit build --volume 技术标` or `--part technical`.
public enum VolumeSelection: Sendable, Hashable {
    case volume(String)
    case part(String)
}
