/// The document formats Verhaal exports a narrative to.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// DocBook 5.0 `article`, `.xml`.
    case docbook
    /// Flat OpenDocument text, `.fodt`.
    case fodt
    /// OpenDocument text package, `.odt`.
    case odt
    /// Flat OpenDocument presentation, `.fodp`.
    case fodp
    /// OpenDocument presentation package, `.odp`.
    case odp

    /// The file extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .docbook: "xml"
        case .fodt: "fodt"
        case .odt: "odt"
        case .fodp: "fodp"
        case .odp: "odp"
        }
    }

    /// The formats this version can write.
    public static let available: [ExportFormat] = ExportFormat.allCases
}
