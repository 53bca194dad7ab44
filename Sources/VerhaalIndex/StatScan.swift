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
///
/// Each file falls in one of 256 buckets by a hash of its path, and each bucket has its own
/// digest: after a change, only the files of the buckets whose digest moved are compared with
/// the index, so one edited story costs a few hundred rows, not 100,000.
struct StatScan {
    /// The folders as listed, with their paths relative to the library root.
    private var folders: [EntryFileFolder] = []
    private var relativeFolders: [String] = []
    /// Every file's stat, folder after folder, in the folders' order of names; nil for a file
    /// that went away between listing and stat.
    var stats: [FileStat?] = []
    /// Each file's bucket, in the order of `stats`.
    var buckets: [UInt8] = []
    var digest: String
    /// Each bucket's digest: the sum of its files' hashes of path and stat.
    var bucketDigests: [UInt64]
    /// A digest of the present files' paths alone: the same while no file is added, removed
    /// or renamed, whatever their stats.
    var pathsDigest: String
    /// The latest modification or status change of any file, in nanoseconds since 1970.
    var newestChange: Int64 = 0
    /// When the scan began, in nanoseconds since 1970.
    var started: Int64

    init(store: LibraryStore) {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        started = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
        let rootPrefix = store.root.path.hasSuffix("/") ? store.root.path : store.root.path + "/"
        var totals = ScanTotals()
        folders = store.entryFileFolders()
        for folder in folders {
            let relativeFolder = folder.path.hasPrefix(rootPrefix) ? String(folder.path.dropFirst(rootPrefix.count)) : folder.path
            relativeFolders.append(relativeFolder)
            let scanned = Self.scan(folder, relativeFolder: relativeFolder)
            stats += scanned.stats
            buckets += scanned.buckets
            // A sum of each file's hash: the same files give the same digest in any order.
            totals.add(scanned.totals)
        }
        digest = String(totals.sum, radix: 16) + "-\(stats.count)"
        pathsDigest = String(totals.pathsSum, radix: 16)
        bucketDigests = totals.bucketSums
        newestChange = totals.newestChange
    }

    static let bucketCount = 256

    /// The bucket of the file at `relativePath` (relative to the library root).
    static func bucket(ofPath relativePath: String) -> Int {
        Int(bucket(ofHash: hash(bytesOf: relativePath, from: fnvOffset)))
    }

    private static func bucket(ofHash hash: UInt64) -> UInt8 {
        UInt8(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    /// The bucket digests as the index keeps them, and back.
    static func text(of bucketDigests: [UInt64]) -> String {
        bucketDigests.map { String($0, radix: 16) }.joined(separator: ",")
    }

    static func bucketDigests(from text: String) -> [UInt64]? {
        let digests = text.split(separator: ",").compactMap { UInt64($0, radix: 16) }
        return digests.count == bucketCount ? digests : nil
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

    /// The positions in `stats`, absolute paths and paths relative to the root of the files in
    /// `chosen` buckets.
    func locations(inBuckets chosen: Set<Int>) -> (indices: [Int], files: [String], paths: [String]) {
        var located: (indices: [Int], files: [String], paths: [String]) = ([], [], [])
        var index = 0
        for (folder, relativeFolder) in zip(folders, relativeFolders) {
            for name in folder.names {
                if chosen.contains(Int(buckets[index])) {
                    located.indices.append(index)
                    located.files.append(folder.path + "/" + name)
                    located.paths.append(relativeFolder + "/" + name)
                }
                index += 1
            }
        }
        return located
    }

    /// The buckets that hold a file changed so close to `scanned` that a change in the same
    /// clock tick would not show in its stat (git's "racily clean" files).
    func bucketsWithRacyFiles(scanned: Int64) -> Set<Int> {
        guard newestChange >= scanned - 2_000_000_000 else { return [] }
        return Set(stats.indices.filter { isRacy($0, scanned: scanned) }.map { Int(buckets[$0]) })
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
    private static func scan(_ folder: EntryFileFolder, relativeFolder: String) -> FolderScan {
        var scanned = FolderScan(count: folder.names.count)
        guard let directory = opendir(folder.path) else { return scanned }
        defer { closedir(directory) }
        let handle = dirfd(directory)
        let chunks = max(1, min(folder.names.count / 256, ProcessInfo.processInfo.activeProcessorCount * 4))
        var chunkTotals = [ScanTotals](repeating: ScanTotals(), count: chunks)
        let prefix = hash(bytesOf: relativeFolder + "/", from: fnvOffset)
        scanned.stats.withUnsafeMutableBufferPointer { statBuffer in
            scanned.buckets.withUnsafeMutableBufferPointer { bucketBuffer in
                chunkTotals.withUnsafeMutableBufferPointer { chunkBuffer in
                    let statSlots = UncheckedBuffer(statBuffer)
                    let bucketSlots = UncheckedBuffer(bucketBuffer)
                    let chunkSlots = UncheckedBuffer(chunkBuffer)
                    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                        var index = chunk * folder.names.count / chunks
                        let end = (chunk + 1) * folder.names.count / chunks
                        var totals = ScanTotals()
                        while index < end {
                            let stat = FileStat.of(folder.names[index], in: handle)
                            statSlots.buffer[index] = stat
                            let pathHash = hash(bytesOf: folder.names[index], from: prefix)
                            let bucket = bucket(ofHash: pathHash)
                            bucketSlots.buffer[index] = bucket
                            let fileHash = hash(stat, from: pathHash)
                            totals.sum &+= fileHash
                            totals.bucketSums[Int(bucket)] &+= fileHash
                            if let stat {
                                totals.pathsSum &+= pathHash
                                totals.newestChange = max(totals.newestChange, stat.modified, stat.changed)
                            }
                            index += 1
                        }
                        chunkSlots.buffer[chunk] = totals
                    }
                }
            }
        }
        for totals in chunkTotals { scanned.totals.add(totals) }
        return scanned
    }

    /// What one folder's scan found.
    private struct FolderScan {
        var stats: [FileStat?]
        var buckets: [UInt8]
        var totals = ScanTotals()

        init(count: Int) {
            stats = [FileStat?](repeating: nil, count: count)
            buckets = [UInt8](repeating: 0, count: count)
        }
    }

    /// The digests' sums and the newest change over some files.
    private struct ScanTotals {
        var sum: UInt64 = 0
        var pathsSum: UInt64 = 0
        var bucketSums = [UInt64](repeating: 0, count: StatScan.bucketCount)
        var newestChange: Int64 = 0

        mutating func add(_ other: ScanTotals) {
            sum &+= other.sum
            pathsSum &+= other.pathsSum
            for bucket in 0..<StatScan.bucketCount { bucketSums[bucket] &+= other.bucketSums[bucket] }
            newestChange = max(newestChange, other.newestChange)
        }
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
