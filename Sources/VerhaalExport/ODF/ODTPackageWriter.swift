import Foundation
import VerhaalKit
import ZIPFoundation

/// Writes a `Narrative` as an OpenDocument text package (`.odt`): a zip whose first entry is
/// `mimetype`, stored uncompressed, followed by `content.xml`, `styles.xml`, `meta.xml` and
/// `META-INF/manifest.xml`, which lists every part.
public enum ODTPackageWriter {
    /// A fixed time for the zip entries, so the same narrative gives the same bytes.
    static let entryDate = Date(timeIntervalSince1970: 1_577_836_800)  // 2020-01-01

    /// The XML parts by path, in the order they are stored (after `mimetype`).
    public static func parts(_ narrative: Narrative) throws -> [(path: String, data: Data)] {
        [("content.xml", try content(narrative))] + (try smallParts(narrative))
    }

    /// Every part but `content.xml`: the figures' SVG files, the styles, the metadata and the
    /// manifest that lists them all.
    private static func smallParts(_ narrative: Narrative) throws -> [(path: String, data: Data)] {
        var pictures: [(path: String, data: Data)] = []
        narrative.sections.forEachSection { section in
            section.blocks.forEachBlock { block in
                if case .figure(let figure) = block { pictures.append((ODTBody.picturePath(figure), figure.svg)) }
            }
        }
        return pictures + [
            ("styles.xml", try styles(narrative)),
            ("meta.xml", try meta(narrative)),
            ("META-INF/manifest.xml", try manifest(["content.xml", "styles.xml", "meta.xml"], pictures: pictures.map(\.path))),
        ]
    }

    /// `content.xml`, the largest part by far, is streamed into an unnamed temporary file and
    /// zipped from there, so a large narrative's text is never in memory twice.
    public static func write(_ narrative: Narrative) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        try add("mimetype", Data(ODFNamespaces.textMediaType.utf8), compressed: false, to: archive)
        let content = try ScratchFile()
        let xml = try XMLWriter(fileDescriptor: content.descriptor)
        try writeContent(narrative, to: xml)
        _ = try xml.finish()
        try archive.addEntry(
            with: "content.xml", type: .file, uncompressedSize: content.size, modificationDate: entryDate,
            permissions: 0o644, compressionMethod: .deflate
        ) { position, size in
            try content.read(at: position, count: size)
        }
        for part in try smallParts(narrative) {
            try add(part.path, part.data, compressed: true, to: archive)
        }
        guard let data = archive.data else { throw XMLWriter.Failure(description: "the zip archive is empty") }
        return data
    }

    private static func add(_ path: String, _ data: Data, compressed: Bool, to archive: Archive) throws {
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
            permissions: 0o644, compressionMethod: compressed ? .deflate : .none
        ) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
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

    static func meta(_ narrative: Narrative) throws -> Data {
        let xml = try XMLWriter()
        try xml.startDocument()
        try ODFNamespaces.startRoot("office:document-meta", in: xml)
        try ODFMeta.write(narrative, to: xml)
        try xml.end()
        return try xml.finish()
    }

    static func manifest(_ paths: [String], pictures: [String] = []) throws -> Data {
        let xml = try XMLWriter()
        try xml.startDocument()
        try xml.start("manifest:manifest")
        try xml.attribute("xmlns:manifest", ODFNamespaces.manifest)
        try xml.attribute("manifest:version", "1.3")
        try xml.newline()
        try fileEntry("/", mediaType: ODFNamespaces.textMediaType, version: "1.3", xml)
        for path in paths { try fileEntry(path, mediaType: "text/xml", version: nil, xml) }
        for path in pictures { try fileEntry(path, mediaType: "image/svg+xml", version: nil, xml) }
        try xml.end()
        return try xml.finish()
    }

    private static func fileEntry(_ path: String, mediaType: String, version: String?, _ xml: XMLWriter) throws {
        try xml.start("manifest:file-entry")
        try xml.attribute("manifest:full-path", path)
        if let version { try xml.attribute("manifest:version", version) }
        try xml.attribute("manifest:media-type", mediaType)
        try xml.end()
        try xml.newline()
    }
}
