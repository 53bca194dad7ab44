import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `stat` says about a file: when any of it differs from what the index holds, the file
/// is read again. The web's member and session files are kept decoded by the same rule.
public struct FileStat: Equatable, Sendable {
    init(inode: Int64, size: Int64, modified: Int64, changed: Int64) {
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }

    var inode: Int64
    var size: Int64
    var modified: Int64
    var changed: Int64

    /// The stat of the file a link points to, or of the link itself when it points nowhere;
    /// nil when the file is gone.
    public static func of(_ path: String) -> FileStat? {
        var info = stat()
        guard stat(path, &info) == 0 || lstat(path, &info) == 0 else { return nil }
        return FileStat(info)
    }

    /// The same for a file named inside the folder open as `folder`.
    static func of(_ name: String, in folder: Int32) -> FileStat? {
        var info = stat()
        guard fstatat(folder, name, &info, 0) == 0 || fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        return FileStat(info)
    }

    private init(_ info: stat) {
        #if canImport(Darwin)
            let modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
            let changed = Int64(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(info.st_ctimespec.tv_nsec)
        #else
            let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            let changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        #endif
        self.init(inode: Int64(info.st_ino), size: Int64(info.st_size), modified: modified, changed: changed)
    }
}
