import Foundation
import ZIPFoundation

/// Builds an OpenDocument package: a zip whose first entry is `mimetype`, stored uncompressed,
/// then the parts, deflated, each with the same fixed time so the same document gives the same
/// bytes; and the `META-INF/manifest.xml` that lists every part.
struct ODFZip {
    /// A fixed time for the zip entries.
    static let entryDate = Date(timeIntervalSince1970: 1_577_836_800)  // 2020-01-01

    let mediaType: String
    private let archive: Archive

    init(mediaType: String) throws {
        self.mediaType = mediaType
        archive = try Archive(data: Data(), accessMode: .create)
        try add("mimetype", Data(mediaType.utf8), compressed: false)
    }

    /// Adds one part from memory.
    func add(_ path: String, _ data: Data, compressed: Bool = true) throws {
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: Self.entryDate,
            permissions: 0o644, compressionMethod: compressed ? .deflate : .none
        ) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }

    /// Adds one part read back from a scratch file, so a large part is never in memory twice.
    func add(_ path: String, from file: ScratchFile) throws {
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: file.size, modificationDate: Self.entryDate,
            permissions: 0o644, compressionMethod: .deflate
        ) { position, size in
            try file.read(at: position, count: size)
        }
    }

    /// The zip's bytes.
    func finish() throws -> Data {
        guard let data = archive.data else { throw XMLWriter.Failure(description: "the zip archive is empty") }
        return data
    }

    /// `META-INF/manifest.xml`: the package itself, the XML parts and the pictures with their
    /// media types.
    func manifest(_ xmlParts: [String], pictures: [(path: String, mediaType: String)] = []) throws -> Data {
        let xml = try XMLWriter()
        try xml.startDocument()
        try xml.start("manifest:manifest")
        try xml.attribute("xmlns:manifest", ODFNamespaces.manifest)
        try xml.attribute("manifest:version", "1.3")
        try xml.newline()
        try Self.fileEntry("/", mediaType: mediaType, version: "1.3", xml)
        for path in xmlParts { try Self.fileEntry(path, mediaType: "text/xml", version: nil, xml) }
        for picture in pictures { try Self.fileEntry(picture.path, mediaType: picture.mediaType, version: nil, xml) }
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
