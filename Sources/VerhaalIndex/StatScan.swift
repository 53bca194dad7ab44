import Foundation
import VerhaalKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One pass over a library's entry files: their paths, their stats and a digest of all of them.
/// When the digest is the one the index was last brought up to date with, and no file changed
/// close to that moment, nothing needs to be read from the index to know that nothing changed.
/// Files are stat'ed by name inside their folder's handle, on every core, and not sorted: on
/// 100,000 files, resolving and sorting full paths would cost more than the stats.
struct StatScan {
    /// Absolute paths, in no particular order.
    var files: [String] = []
    /// The same files relative to the library root.
    var paths: [String] = []
    /// Nil for a file that went away between listing and stat.
    var stats: [FileStat?] = []
    var digest: String
    /// The latest modification or status change of any file, in nanoseconds since 1970.
    var newestChange: Int64 = 0
    /// When the scan began, in nanoseconds since 1970.
    var started: Int64

    init(store: LibraryStore) {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        started = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
        let rootPrefix = store.root.path.hasSuffix("/") ? store.root.path : store.root.path + "/"
        var sum: UInt64 = 0
        for folder in store.entryFileFolders() {
            let relativeFolder = folder.path.hasPrefix(rootPrefix) ? String(folder.path.dropFirst(rootPrefix.count)) : folder.path
            let stats = Self.stats(of: folder)
            for (name, stat) in zip(folder.names, stats) {
                let path = relativeFolder + "/" + name
                files.append(folder.path + "/" + name)
                paths.append(path)
                self.stats.append(stat)
                // A sum of each file's hash: the same files give the same digest in any order.
                sum &+= Self.hash(path, stat)
                if let stat { newestChange = max(newestChange, stat.modified, stat.changed) }
            }
        }
        digest = String(sum, radix: 16) + "-\(paths.count)"
    }

    /// The paths relative to the library root in the order `LibraryStore.load()` reads them.
    func sortedPresentPaths() -> [String] {
        paths.indices.filter { stats[$0] != nil }.map { paths[$0] }.sorted()
    }

    /// True when a file changed so close to `scanned` that a change in the same clock tick
    /// would not show in its stat (git's "racily clean" files).
    func changedCloseTo(_ scanned: Int64) -> Bool {
        newestChange >= scanned - 2_000_000_000 && stats.indices.contains { isRacy($0, scanned: scanned) }
    }

    /// Whether this file's stat is too close to `scanned` to be trusted.
    func isRacy(_ index: Int, scanned: Int64) -> Bool {
        guard let stat = stats[index] else { return false }
        let latest = max(stat.modified, stat.changed)
        return latest >= scanned - Self.clockMargin(for: latest)
    }

    /// How far a file's time may lag behind the clock: Linux stamps files with a clock that
    /// ticks every few milliseconds (100 ms is safe); a time with no nanoseconds comes from a
    /// file system that keeps whole seconds (FAT keeps two).
    static func clockMargin(for time: Int64) -> Int64 {
        time % 1_000_000_000 == 0 ? 2_000_000_000 : 100_000_000
    }

    /// The stats of a folder's files, by name relative to the folder's handle, on every core.
    private static func stats(of folder: EntryFileFolder) -> [FileStat?] {
        var stats = [FileStat?](repeating: nil, count: folder.names.count)
        guard let directory = opendir(folder.path) else { return stats }
        defer { closedir(directory) }
        let handle = dirfd(directory)
        let chunks = max(1, min(folder.names.count / 256, ProcessInfo.processInfo.activeProcessorCount * 4))
        stats.withUnsafeMutableBufferPointer { buffer in
            let slots = UncheckedBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                var index = chunk * folder.names.count / chunks
                let end = (chunk + 1) * folder.names.count / chunks
                while index < end {
                    slots.buffer[index] = FileStat.of(folder.names[index], in: handle)
                    index += 1
                }
            }
        }
        return stats
    }

    /// FNV-1a over a path and its stat.
    private static func hash(_ path: String, _ stat: FileStat?) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        for byte in path.utf8 { mix(byte) }
        for number in stat.map({ [$0.inode, $0.size, $0.modified, $0.changed] }) ?? [] {
            var value = UInt64(bitPattern: number)
            for _ in 0..<8 {
                mix(UInt8(truncatingIfNeeded: value))
                value >>= 8
            }
        }
        return hash
    }
}

/// Lets the threads of `concurrentPerform` each fill their own slots of one buffer.
private struct UncheckedBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
