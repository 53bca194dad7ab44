import Crypto
import Foundation

/// The GUIDs of a REFI-QDA project: name-based UUIDs (version 5, SHA-1) in Verhaal's own
/// namespace, so the same library gives the same GUIDs in every export, and a project a QDA
/// tool sends back leads to the same stories.
enum QDAGUID {
    /// Verhaal's namespace for name-based UUIDs.
    static let namespace: [UInt8] = [
        0x6B, 0x2F, 0x0E, 0x51, 0x8C, 0x3D, 0x4A, 0x1E, 0x9F, 0x27, 0x53, 0x61, 0x76, 0x65, 0x72, 0x68,
    ]

    private static let digits = Array("0123456789abcdef".utf8)

    /// The GUID of one thing, named by its kind and its name: `story`, `2019-06-12-breda`.
    static func make(_ kind: String, _ name: String) -> String {
        var hash = Insecure.SHA1()
        hash.update(data: namespace)
        hash.update(data: Data("verhaal:\(kind):\(name)".utf8))
        var bytes = Array(hash.finalize().prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        var text: [UInt8] = []
        text.reserveCapacity(36)
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 { text.append(UInt8(ascii: "-")) }
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The GUID of a story's source, from the id the export shows.
    static func story(_ id: String) -> String { make("story", id) }
}
