import Foundation
import VerhaalKit

/// Writes a narrative's slides as one flat OpenDocument presentation (`.fodp`, ODF 1.3),
/// 16:9, with the full texts in the speaker notes and the figures inside the file.
public enum FlatODPWriter {
    public static func write(_ narrative: Narrative) throws -> Data {
        let xml = try XMLWriter()
        try xml.startDocument()
        try ODFNamespaces.startRoot("office:document", in: xml, mediaType: ODFNamespaces.presentationMediaType)
        try ODFMeta.write(narrative, to: xml)
        try ODPStyles.writeStyles(language: narrative.language, to: xml)
        try xml.start("office:automatic-styles")
        try ODPStyles.writePageLayouts(to: xml)
        try ODPStyles.writePageStyles(to: xml)
        try ODPStyles.writeMasterPageStyles(to: xml)
        try ODPStyles.writeSlideStyles(to: xml)
        try xml.end()
        try xml.newline()
        try ODPStyles.writeMasterStyles(narrative, to: xml)
        try ODPBody.writeOfficeBody(narrative, to: xml, embedsImages: true)
        try xml.end()
        return try xml.finish()
    }
}
