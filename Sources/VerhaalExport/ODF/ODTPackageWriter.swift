import Foundation
import VerhaalKit
import ZIPFoundation

/// Writes a `Narrative` as an OpenDocument text package (`.odt`): a zip whose first entry is
/// `mimetype`, stored uncompressed, followed by `content.xml`, `styles.xml`, `meta.xml` and
/// `META-INF/manifest.xml`, which lists every part.
public enum ODTPackageWriter {
    /// The XML parts by path, in the order they are stored (after `mimetype`).
    public static func parts(_ narrative: Narrative) throws -> [(path: String, data: Data)] {
        [("content.xml", try content(narrative))] + (try smallParts(narrative, zip: ODFZip(mediaType: ODFNamespaces.textMediaType)))
    }

    /// Every part but `content.xml`: the figures' SVG files, the styles, the metadata and the
    /// manifest that lists them all.
    private static func smallParts(_ narrative: Narrative, zip: ODFZip) throws -> [(path: String, data: Data)] {
        let pictures = ODFPictures.all(in: narrative)
        return pictures.map { ($0.path, $0.data) } + [
            ("styles.xml", try styles(narrative)),
            ("meta.xml", try ODFMeta.part(narrative)),
            (
                "META-INF/manifest.xml",
                try zip.manifest(["content.xml", "styles.xml", "meta.xml"], pictures: pictures.map { ($0.path, $0.mediaType) })
            ),
        ]
    }

    /// `content.xml`, the largest part by far, is streamed into an unnamed temporary file and
    /// zipped from there, so a large narrative's text is never in memory twice.
    public static func write(_ narrative: Narrative) throws -> Data {
        let zip = try ODFZip(mediaType: ODFNamespaces.textMediaType)
        let content = try ScratchFile()
        let xml = try XMLWriter(fileDescriptor: content.descriptor)
        try writeContent(narrative, to: xml)
        _ = try xml.finish()
        try zip.add("content.xml", from: content)
        for part in try smallParts(narrative, zip: zip) { try zip.add(part.path, part.data) }
        return try zip.finish()
    }

    static func content(_ narrative: Narrative) throws -> Data {
        let xml = try XMLWriter()
        try writeContent(narrative, to: xml)
        return try xml.finish()
    }

    private static func writeContent(_ narrative: Narrative, to xml: XMLWriter) throws {
        try xml.startDocument()
        try ODFNamespaces.startRoot("office:document-content", in: xml)
        try xml.start("office:automatic-styles")
        try ODTStyles.writeTableStyles(to: xml)
        try xml.end()
        try xml.newline()
        try ODTBody.writeOfficeBody(narrative, to: xml, embedsImages: false)
        try xml.end()
    }

    static func styles(_ narrative: Narrative) throws -> Data {
        let xml = try XMLWriter()
        try xml.startDocument()
        try ODFNamespaces.startRoot("office:document-styles", in: xml)
        try ODTStyles.writeStyles(language: narrative.language, to: xml)
        try xml.start("office:automatic-styles")
        try ODTStyles.writePageLayout(to: xml)
        try xml.end()
        try xml.newline()
        try ODTStyles.writeMasterStyles(to: xml)
        try xml.end()
        return try xml.finish()
    }
}
