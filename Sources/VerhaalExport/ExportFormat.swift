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
    /// PDF (PDF/A-2b) of the text document, made by LibreOffice when it is installed.
    case pdf
    /// Word document of the text document, made by LibreOffice from the `.odt`.
    case docx
    /// PowerPoint presentation of the slides, made by LibreOffice from the `.odp`.
    case pptx

    /// The file extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .docbook: "xml"
        case .fodt: "fodt"
        case .odt: "odt"
        case .fodp: "fodp"
        case .odp: "odp"
        case .pdf: "pdf"
        case .docx: "docx"
        case .pptx: "pptx"
        }
    }

    /// The formats `--format all` writes: every one that needs nothing but Verhaal (the PDF,
    /// `.docx` and `.pptx` need LibreOffice, so they are asked for by name).
    public static let available: [ExportFormat] = [.docbook, .fodt, .odt, .fodp, .odp]
}
