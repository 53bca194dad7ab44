import Foundation
import ZIPFoundation

/// An ODF package (`.odt`) as a consumer sees it: its entries, in order, and their bytes.
public struct ODFPackage: Sendable {
    public struct Entry: Sendable {
        public var path: String
        public var isStored: Bool
        public var data: Data
    }

    public let entries: [Entry]

    /// Reads a zip from memory; an error when it is not one.
    public init(data: Data) throws {
        let archive = try Archive(data: data, accessMode: .read)
        var entries: [Entry] = []
        for entry in archive where entry.type == .file {
            var content = Data()
            _ = try archive.extract(entry, skipCRC32: false) { content.append($0) }
            entries.append(
                Entry(
                    path: entry.path,
                    isStored: entry.compressedSize == entry.uncompressedSize
                        && entry.isCompressed == false, data: content))
        }
        self.entries = entries
    }

    /// The paths `META-INF/manifest.xml` lists (without the root `/`).
    public func manifestPaths() -> [String] {
        guard let manifest = entries.first(where: { $0.path == "META-INF/manifest.xml" }) else { return [] }
        return XMLAttributeReader.values(
            in: manifest.data, element: "file-entry", attribute: "full-path",
            namespace: ODFNamespaces.manifest
        ).filter { $0 != "/" }
    }

    /// What is wrong with the package's structure: the `mimetype` entry, and parts that are
    /// missing from the manifest or from the zip.
    public func structuralProblems(mediaType: String) -> [String] {
        var problems: [String] = []
        if let first = entries.first, first.path == "mimetype" {
            if !first.isStored { problems.append("mimetype is compressed; it must be stored") }
            if first.data != Data(mediaType.utf8) { problems.append("mimetype does not hold exactly \(mediaType)") }
        } else {
            problems.append("mimetype is not the first entry")
        }
        let listed = Set(manifestPaths())
        let present = Set(entries.map(\.path)).subtracting(["mimetype", "META-INF/manifest.xml"])
        for path in present.subtracting(listed).sorted() { problems.append("\(path) is in the zip but not in the manifest") }
        for path in listed.subtracting(present).sorted() { problems.append("\(path) is in the manifest but not in the zip") }
        return problems
    }
}
