import Foundation
import VerhaalKit

/// Turns a narrative into a document's bytes, and checks them against a schema when asked.
public enum Exporter {
    /// The bytes of `narrative` in `format`. `checking` sees each document Verhaal writes itself
    /// before anything is made from it: the format's own bytes, or for a PDF, `.docx` or `.pptx`
    /// the `.odt` or `.odp` that LibreOffice converts (the result is as valid as its source).
    public static func render(
        _ narrative: Narrative, as format: ExportFormat, checking: (ExportFormat, Data) throws -> Void = { _, _ in }
    ) throws -> Data {
        func converted(from source: ExportFormat, _ conversion: OfficeConversion) throws -> Data {
            try OfficeConverter.convert(render(narrative, as: source, checking: checking), conversion)
        }
        let written: Data
        switch format {
        case .docbook: written = try DocBookWriter.write(narrative)
        case .fodt: written = try FlatODTWriter.write(narrative)
        case .odt: written = try ODTPackageWriter.write(narrative)
        case .fodp: written = try FlatODPWriter.write(narrative)
        case .odp: written = try ODPPackageWriter.write(narrative)
        case .pdf: return try converted(from: .odt, .textPDF)
        case .docx: return try converted(from: .odt, .docx)
        case .pptx: return try converted(from: .odp, .pptx)
        }
        try checking(format, written)
        return written
    }
}
