import Foundation
import ZIPFoundation

enum ZIPFoundationBridge {
    static func newArchive() throws -> Archive { try Archive(data: Data(), accessMode: .create) }

    static func add(_ path: String, _ data: Data, compressed: Bool, to archive: Archive) throws {
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(data.count),
            compressionMethod: compressed ? .deflate : .none
        ) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }

    static func data(of archive: Archive) throws -> Data {
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }
}
