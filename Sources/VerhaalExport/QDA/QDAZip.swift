import Foundation
import ZIPFoundation

/// The `.qdpx` zip: every part deflated by ZIPFoundation, the headers and the central
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

    mutating func add(_ path: String, _ data: Data) throws {
        var compressed: [UInt8] = []
        compressed.reserveCapacity(data.count / 2)
        let crc = try Data.compress(
            size: Int64(data.count), bufferSize: 64 * 1024,
            provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) },
            consumer: { compressed.append(contentsOf: $0) })
        let name = Array(path.utf8)
        let offset = UInt32(bytes.count)
        append32(0x0403_4B50, to: &bytes)
        header(crc: crc, compressed: compressed.count, size: data.count, name: name, into: &bytes)
        bytes += name
        bytes += compressed
        append32(0x0201_4B50, to: &directory)
        append16(0x0314, to: &directory)  // made by: Unix, zip 2.0
        header(crc: crc, compressed: compressed.count, size: data.count, name: name, into: &directory)
        append16(0, to: &directory)  // comment
        append16(0, to: &directory)  // disk
        append16(0, to: &directory)  // internal attributes
        append32(UInt32(0o100644) << 16, to: &directory)
        append32(offset, to: &directory)
        directory += name
        count += 1
    }

    /// The zip's bytes.
    func finish() -> Data {
        var end: [UInt8] = []
        append32(0x0605_4B50, to: &end)
        append16(0, to: &end)
        append16(0, to: &end)
        append16(UInt16(count), to: &end)
        append16(UInt16(count), to: &end)
        append32(UInt32(directory.count), to: &end)
        append32(UInt32(bytes.count), to: &end)
        append16(0, to: &end)
        return Data(bytes + directory + end)
    }

    /// What the local header and the central directory share: version, flags, method, time,
    /// CRC, sizes, the name's length and no extra field.
    private func header(crc: UInt32, compressed: Int, size: Int, name: [UInt8], into target: inout [UInt8]) {
        append16(20, to: &target)
        append16(0, to: &target)
        append16(8, to: &target)  // deflate
        append16(0, to: &target)
        append16(Self.dosDate, to: &target)
        append32(crc, to: &target)
        append32(UInt32(compressed), to: &target)
        append32(UInt32(size), to: &target)
        append16(UInt16(name.count), to: &target)
        append16(0, to: &target)
    }

    private func append16(_ value: UInt16, to target: inout [UInt8]) {
        target += [UInt8(value & 0xFF), UInt8(value >> 8)]
    }

    private func append32(_ value: UInt32, to target: inout [UInt8]) {
        target += [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8(value >> 24)]
    }
}
