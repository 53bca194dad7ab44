/// What LibreOffice makes of a document Verhaal wrote and validated.
public enum OfficeConversion: Sendable, CaseIterable {
    /// An `.odt` as PDF/A-2b, its contents' page numbers updated, with bookmarks.
    case textPDF
    /// An `.odp` as a PDF, one page per slide.
    case slidesPDF
    /// An `.odt` as a Word document (`.docx`), its contents updated.
    case docx
    /// An `.odp` as a PowerPoint presentation (`.pptx`), with its speaker notes.
    case pptx

    /// The extension of the document LibreOffice reads.
    var sourceExtension: String {
        switch self {
        case .textPDF, .docx: "odt"
        case .slidesPDF, .pptx: "odp"
        }
    }

    /// The extension of the document it writes.
    var targetExtension: String {
        switch self {
        case .textPDF, .slidesPDF: "pdf"
        case .docx: "docx"
        case .pptx: "pptx"
        }
    }

    /// LibreOffice's name of the export filter.
    var filter: String {
        switch self {
        case .textPDF: "writer_pdf_Export"
        case .slidesPDF: "impress_pdf_Export"
        case .docx: "MS Word 2007 XML"
        case .pptx: "Impress MS PowerPoint 2007 XML"
        }
    }

    /// The first bytes of a good result: a PDF's header or a zip's.
    var signature: [UInt8] {
        switch self {
        case .textPDF, .slidesPDF: Array("%PDF".utf8)
        case .docx, .pptx: [0x50, 0x4B, 0x03, 0x04]
        }
    }

    /// The Debian package LibreOffice needs to read the source.
    var package: String { sourceExtension == "odt" ? "libreoffice-writer-nogui" : "libreoffice-impress-nogui" }
}
