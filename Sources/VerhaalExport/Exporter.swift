import Foundation
import VerhaalKit

/// Turns a narrative into a document's bytes, and checks them against a schema when asked.
public enum Exporter {
    /// The bytes of `narrative` in `format`.
    public static func render(_ narrative: Narrative, as format: ExportFormat) throws -> Data {
        switch format {
        case .docbook:
            return try DocBookWriter.write(narrative)
        case .fodt:
            return try FlatODTWriter.write(narrative)
        case .odt:
            return try ODTPackageWriter.write(narrative)
        case .fodp:
            return try FlatODPWriter.write(narrative)
        case .odp:
            return try ODPPackageWriter.write(narrative)
        case .pdf:
            return try PDFConverter.convert(ODTPackageWriter.write(narrative))
        }
    }
}
