import Foundation
import VerhaalKit

/// One pass over a library's entry files: their paths, their stats and a digest of all of them.
/// When the digest is the one the index was last brought up to date with, and no file changed
/// close to that moment, nothing needs to be read from the index to know that nothing changed.
struct StatScan {
    /// Absolute paths, in the order `LibraryStore.load()` reads them.
    var files: [String]
    /// The same files relative to the library root.
    var paths: [String]
    /// Nil for a file that went away between listing and stat.
    var stats: [FileStat?]
    var digest: String
    /// The latest modification or status change of any file, in nanoseconds since 1970.
    var newestChange: Int64
    /// When the scan began, in nanoseconds since 1970.
    var started: Int64

    init(store: LibraryStore) {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        started = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
        let files = store.entryFilePaths()
        let rootPrefix = store.root.path.hasSuffix("/") ? store.root.path : store.root.path + "/"
        self.files = files
        paths = files.map { $0.hasPrefix(rootPrefix) ? String($0.dropFirst(rootPrefix.count)) : $0 }
        var stats = [FileStat?](repeating: nil, count: files.count)
        stats.withUnsafeMutableBufferPointer { buffer in
            let slots = UncheckedBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: files.count) { index in
                slots.buffer[index] = FileStat.of(files[index])
            }
        }
        self.stats = stats
        var hasher = DigestHasher()
        var newest: Int64 = 0
        for (path, stat) in zip(paths, stats) {
            hasher.add(path)
            if let stat {
                hasher.add([stat.inode, stat.size, stat.modified, stat.changed])
                newest = max(newest, stat.modified, stat.changed)
            }
        }
        digest = hasher.value
        newestChange = newest
    }

    /// True when a file changed so close to `scanned` that a change in the same clock tick
    /// would not show in its stat (git's "racily clean" files).
    func changedCloseTo(_ scanned: Int64) -> Bool {
        newestChange >= scanned - Self.clockMargin
    }

    /// Whether this file's stat is too close to `scanned` to be trusted.
    func isRacy(_ index: Int, scanned: Int64) -> Bool {
        guard let stat = stats[index] else { return false }
        return max(stat.modified, stat.changed) >= scanned - Self.clockMargin
    }

    /// File systems keep times in ticks of up to a few milliseconds; a second is safe.
    static let clockMargin: Int64 = 1_000_000_000
}

/// Lets the threads of `concurrentPerform` each fill their own slots of one buffer.
private struct UncheckedBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}

/// FNV-1a over paths and numbers, for the scan's digest.
private struct DigestHasher {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 { mix(byte) }
        mix(0)
    }

    mutating func add(_ numbers: [Int64]) {
        for number in numbers {
            var value = UInt64(bitPattern: number)
            for _ in 0..<8 {
                mix(UInt8(truncatingIfNeeded: value))
                value >>= 8
            }
        }
    }

    private mutating func mix(_ byte: UInt8) {
        hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    var value: String { String(hash, radix: 16) }
}
