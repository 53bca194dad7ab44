import Foundation
import ZIPFoundation

/// The `.qdpx` zip: every part deflated by ZIPFoundation (on every core, `deflate`), the headers and the central
/// directory written once, at the end. ZIPFoundation's `Archive` reads and rewrites the whole
/// central directory for every entry it adds: 10,000 stories cost it 1.4 s of copying, most of
/// the export. Above the 65,535 entries a zip without its 64-bit extension can hold, the
/// `Archive` writes it. Every entry has the same fixed time, so the same parts give the same bytes.
struct QDAZip {
    private var bytes: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0
    /// 2020-01-01 00:00 as MS-DOS writes a date and a time.
    private static let dosDate: UInt16 = (40 << 9) | (1 << 5) | 1
    static let maximumEntries = 65_535

    /// A part deflated, with the CRC-32 and size of what it was: what `add` takes, made apart
    /// so that the parts can be deflated on every core.
    struct Deflated: Sendable {
        var bytes: [UInt8]
        var crc: UInt32
        var size: Int
    }

    static func deflate(_ data: Data) throws -> Deflated {
        var compressed: [UInt8] = []
        compressed.reserveCapacity(data.count / 2)
        let crc = try Data.compress(
            size: Int64(data.count), bufferSize: 64 * 1024,
            provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) },
            consumer: { compressed.append(contentsOf: $0) })
        return Deflated(bytes: compressed, crc: crc, size: data.count)
    }

    mutating func add(_ path: String, _ part: Deflated) {
        let name = Array(path.utf8)
        let offset = UInt32(bytes.count)
        Self.append32(0x0403_4B50, to: &bytes)
        Self.header(crc: part.crc, compressed: part.bytes.count, size: part.size, name: name, into: &bytes)
        bytes += name
        bytes += part.bytes
        Self.append32(0x0201_4B50, to: &directory)
        Self.append16(0x0314, to: &directory)  // made by: Unix, zip 2.0
        Self.header(crc: part.crc, compressed: part.bytes.count, size: part.size, name: name, into: &directory)
        Self.append16(0, to: &directory)  // comment
        Self.append16(0, to: &directory)  // disk
        Self.append16(0, to: &directory)  // internal attributes
        Self.append32(UInt32(0o100644) << 16, to: &directory)
        Self.append32(offset, to: &directory)
        directory += name
        count += 1
    }

    /// The zip's bytes.
    func finish() -> Data {
        var end: [UInt8] = []
        Self.append32(0x0605_4B50, to: &end)
        Self.append16(0, to: &end)
        Self.append16(0, to: &end)
        Self.append16(UInt16(count), to: &end)
        Self.append16(UInt16(count), to: &end)
        Self.append32(UInt32(directory.count), to: &end)
        Self.append32(UInt32(bytes.count), to: &end)
        Self.append16(0, to: &end)
        return Data(bytes + directory + end)
    }

    // Static, so that no call reads `self` while an array of it is being changed in place:
    // that made Swift copy the whole growing zip for every entry.

    /// What the local header and the central directory share: version, flags, method, time,
    /// CRC, sizes, the name's length and no extra field.
    private static func header(crc: UInt32, compressed: Int, size: Int, name: [UInt8], into target: inout [UInt8]) {
        Self.append16(20, to: &target)
        Self.append16(0, to: &target)
        Self.append16(8, to: &target)  // deflate
        Self.append16(0, to: &target)
        Self.append16(Self.dosDate, to: &target)
        Self.append32(crc, to: &target)
        Self.append32(UInt32(compressed), to: &target)
        Self.append32(UInt32(size), to: &target)
        Self.append16(UInt16(name.count), to: &target)
        Self.append16(0, to: &target)
    }

    private static func append16(_ value: UInt16, to target: inout [UInt8]) {
        target += [UInt8(value & 0xFF), UInt8(value >> 8)]
    }

    private static func append32(_ value: UInt32, to target: inout [UInt8]) {
        target += [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8(value >> 24)]
    }
}
