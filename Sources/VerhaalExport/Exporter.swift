import Foundation
import VerhaalKit

/// Turns a narrative into a document's bytes, and checks them against a schema when asked.
public enum Exporter {
    /// The bytes of `narrative` in `format`. `checking` sees each document Verhaal writes itself
    /// before anything is made from it: the format's own bytes, or for a PDF the `.odt` that
    /// LibreOffice converts (the PDF is as valid as the document it is made from).
    public static func render(
        _ narrative: Narrative, as format: ExportFormat, checking: (ExportFormat, Data) throws -> Void = { _, _ in }
    ) throws -> Data {
        let written: Data
        switch format {
        case .docbook: written = try DocBookWriter.write(narrative)
        case .fodt: written = try FlatODTWriter.write(narrative)
        case .odt: written = try ODTPackageWriter.write(narrative)
        case .fodp: written = try FlatODPWriter.write(narrative)
        case .odp: written = try ODPPackageWriter.write(narrative)
        case .pdf:
            let odt = try ODTPackageWriter.write(narrative)
            try checking(.odt, odt)
            return try PDFConverter.convert(odt)
        }
        try checking(format, written)
        return written
    }
}
