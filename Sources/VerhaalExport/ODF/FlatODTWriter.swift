import Foundation
import VerhaalKit

/// Writes a `Narrative` as one flat OpenDocument text file (`.fodt`, ODF 1.3).
public enum FlatODTWriter {
    public static func write(_ narrative: Narrative) throws -> Data {
        let xml = try XMLWriter()
        try xml.startDocument()
        try ODFNamespaces.startRoot("office:document", in: xml, mediaType: ODFNamespaces.textMediaType)
        try ODFMeta.write(narrative, to: xml)
        try ODTStyles.writeStyles(language: narrative.language, to: xml)
        try xml.start("office:automatic-styles")
        try ODTStyles.writePageLayout(to: xml)
        try ODTStyles.writeTableStyles(to: xml)
        try xml.end()
        try xml.newline()
        try ODTStyles.writeMasterStyles(to: xml)
        try ODTBody.writeOfficeBody(narrative, to: xml, embedsImages: true)
        try xml.end()
        return try xml.finish()
    }
}
