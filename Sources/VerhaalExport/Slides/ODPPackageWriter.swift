import Foundation
import VerhaalKit

/// Writes a narrative's slides as an OpenDocument presentation package (`.odp`), the file
/// PowerPoint, Keynote and Impress open: `mimetype` first and stored, then `content.xml`,
/// `styles.xml`, `meta.xml`, the figures under `Pictures/` and `META-INF/manifest.xml`.
public enum ODPPackageWriter {
    public static func write(_ narrative: Narrative) throws -> Data {
        let zip = try ODFZip(mediaType: ODFNamespaces.presentationMediaType)
        for part in try parts(narrative) { try zip.add(part.path, part.data) }
        return try zip.finish()
    }

    /// The parts by path, in the order they are stored (after `mimetype`).
    public static func parts(_ narrative: Narrative) throws -> [(path: String, data: Data)] {
        let zip = try ODFZip(mediaType: ODFNamespaces.presentationMediaType)
        // The figures the slides show (a pattern's slide has its own, with larger text), each once;
        // slides show no story pictures.
        var seen = Set<String>()
        let slides = SlideDeck.slides(from: narrative)
        let pictures = slides.compactMap(\.figure).filter { seen.insert($0.id).inserted }.map {
            ODFPictures.Picture(path: ODFPictures.path($0), mediaType: "image/svg+xml", data: $0.svg)
        }
        let xmlParts = [
            ("content.xml", try content(narrative, slides: slides)),
            ("styles.xml", try styles(narrative)),
            ("meta.xml", try ODFMeta.part(narrative)),
        ]
        let manifest = try zip.manifest(xmlParts.map(\.0), pictures: pictures.map { ($0.path, $0.mediaType) })
        return xmlParts + pictures.map { ($0.path, $0.data) } + [("META-INF/manifest.xml", manifest)]
    }

    private static func content(_ narrative: Narrative, slides: [Slide]) throws -> Data {
        let xml = try XMLWriter()
        try xml.startDocument()
        try ODFNamespaces.startRoot("office:document-content", in: xml)
        try xml.start("office:automatic-styles")
        try ODPStyles.writePageStyles(to: xml)
        try ODPStyles.writeSlideStyles(to: xml)
        try xml.end()
        try xml.newline()
        try ODPBody.writeOfficeBody(narrative, slides: slides, to: xml, embedsImages: false)
        try xml.end()
        return try xml.finish()
    }

    private static func styles(_ narrative: Narrative) throws -> Data {
        let xml = try XMLWriter()
        try xml.startDocument()
        try ODFNamespaces.startRoot("office:document-styles", in: xml)
        try ODPStyles.writeStyles(language: narrative.language, to: xml)
        try xml.start("office:automatic-styles")
        try ODPStyles.writePageLayouts(to: xml)
        try ODPStyles.writePageStyles(to: xml)
        try ODPStyles.writeMasterPageStyles(to: xml)
        try xml.end()
        try xml.newline()
        try ODPStyles.writeMasterStyles(narrative, to: xml)
        try xml.end()
        return try xml.finish()
    }
}
