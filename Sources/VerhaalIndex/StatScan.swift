import Foundation
import VerhaalKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One pass over a library's entry files: their stats and a digest of all of them. When the
/// digest is the one the index was last brought up to date with, and no file changed close to
/// that moment, nothing needs to be read from the index to know that nothing changed. Files are
/// stat'ed and hashed by name inside their folder's handle, on every core, and not sorted; their
/// paths are made only when something changed: on 100,000 files, building, resolving and sorting
/// full paths would cost more than the stats.
struct StatScan {
    /// The folders as listed, with their paths relative to the library root.
    private var folders: [EntryFileFolder] = []
    private var relativeFolders: [String] = []
    /// Every file's stat, folder after folder, in the folders' order of names; nil for a file
    /// that went away between listing and stat.
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
        folders = store.entryFileFolders()
        for folder in folders {
            let relativeFolder = folder.path.hasPrefix(rootPrefix) ? String(folder.path.dropFirst(rootPrefix.count)) : folder.path
            relativeFolders.append(relativeFolder)
            let scanned = Self.scan(folder, relativeFolder: relativeFolder)
            stats += scanned.stats
            // A sum of each file's hash: the same files give the same digest in any order.
            sum &+= scanned.sum
            newestChange = max(newestChange, scanned.newestChange)
        }
        digest = String(sum, radix: 16) + "-\(stats.count)"
    }

    /// The absolute paths and the paths relative to the library root, in the order of `stats`.
    /// Made only when the digest says something changed: on 100,000 files, building them
    /// costs as much as the stats.
    func locations() -> (files: [String], paths: [String]) {
        var files: [String] = []
        var paths: [String] = []
        files.reserveCapacity(stats.count)
        paths.reserveCapacity(stats.count)
        for (folder, relativeFolder) in zip(folders, relativeFolders) {
            for name in folder.names {
                files.append(folder.path + "/" + name)
                paths.append(relativeFolder + "/" + name)
            }
        }
        return (files, paths)
    }

    /// The paths relative to the library root in the order `LibraryStore.load()` reads them.
    func sortedPresentPaths() -> [String] {
        let paths = locations().paths
        return paths.indices.filter { stats[$0] != nil }.map { paths[$0] }.sorted()
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

    /// The stats of a folder's files, by name relative to the folder's handle, with the sum of
    /// their hashes and their newest change, on every core.
    private static func scan(_ folder: EntryFileFolder, relativeFolder: String) -> (stats: [FileStat?], sum: UInt64, newestChange: Int64) {
        var stats = [FileStat?](repeating: nil, count: folder.names.count)
        guard let directory = opendir(folder.path) else { return (stats, 0, 0) }
        defer { closedir(directory) }
        let handle = dirfd(directory)
        let chunks = max(1, min(folder.names.count / 256, ProcessInfo.processInfo.activeProcessorCount * 4))
        var sums = [UInt64](repeating: 0, count: chunks)
        var newest = [Int64](repeating: 0, count: chunks)
        let prefix = hash(bytesOf: relativeFolder + "/", from: fnvOffset)
        stats.withUnsafeMutableBufferPointer { buffer in
            sums.withUnsafeMutableBufferPointer { sumBuffer in
                newest.withUnsafeMutableBufferPointer { newestBuffer in
                    let slots = UncheckedBuffer(buffer)
                    let sumSlots = UncheckedBuffer(sumBuffer)
                    let newestSlots = UncheckedBuffer(newestBuffer)
                    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                        var index = chunk * folder.names.count / chunks
                        let end = (chunk + 1) * folder.names.count / chunks
                        var sum: UInt64 = 0
                        var latest: Int64 = 0
                        while index < end {
                            let stat = FileStat.of(folder.names[index], in: handle)
                            slots.buffer[index] = stat
                            sum &+= hash(stat, from: hash(bytesOf: folder.names[index], from: prefix))
                            if let stat { latest = max(latest, stat.modified, stat.changed) }
                            index += 1
                        }
                        sumSlots.buffer[chunk] = sum
                        newestSlots.buffer[chunk] = latest
                    }
                }
            }
        }
        return (stats, sums.reduce(0, &+), newest.max() ?? 0)
    }

    // FNV-1a over a file's path relative to the root and its stat.
    private static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325

    private static func hash(bytesOf text: String, from start: UInt64) -> UInt64 {
        var hash = start
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    private static func hash(_ stat: FileStat?, from start: UInt64) -> UInt64 {
        guard let stat else { return start }
        return hash(stat.changed, from: hash(stat.modified, from: hash(stat.size, from: hash(stat.inode, from: start))))
    }

    private static func hash(_ number: Int64, from start: UInt64) -> UInt64 {
        var hash = start
        var value = UInt64(bitPattern: number)
        for _ in 0..<8 {
            hash = (hash ^ (value & 0xff)) &* 0x0000_0100_0000_01b3
            value >>= 8
        }
        return hash
    }
}

/// Lets the threads of `concurrentPerform` each fill their own slots of one buffer.
private struct UncheckedBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
