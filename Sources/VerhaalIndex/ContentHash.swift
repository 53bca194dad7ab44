import Foundation

/// FNV-1a over a file's bytes: a file whose stat changed but whose bytes did not (a `touch`,
/// a checkout of the same content) is not parsed again.
enum ContentHash {
    static func of(_ data: Data) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { buffer in
            for byte in buffer {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        return Int64(bitPattern: hash)
    }
}
