import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files so that a reader never sees half a file and a crash leaves nothing behind.
///
/// The bytes go to an unnamed file in the target's folder (`O_TMPFILE`), invisible until it is
/// complete and synced. A new file is then linked into place with `link`, which fails instead of
/// replacing an existing name; a replacement gets a hidden name for an instant and is renamed
/// over the old file. Where the file system has no `O_TMPFILE`, a hidden temporary file is
/// written instead and removed on every error.
public enum AtomicFile {
    /// Replaces (or creates) the file at `url` in one step.
    public static func write(_ data: Data, to url: URL) throws {
        removeAbandonedNames(of: url)
        let hidden = hiddenName(for: url)
        if let descriptor = openUnnamed(in: url.deletingLastPathComponent()) {
            defer { close(descriptor) }
            try fill(descriptor, with: data, path: url.path)
            if linkUnnamed(descriptor, to: hidden) {
                defer { unlink(hidden.path) }
                try move(hidden, to: url)
                return
            }
        }
        try writeNamed(data, to: hidden)
        defer { unlink(hidden.path) }
        try move(hidden, to: url)
    }

    /// Creates the file at `url` only if nothing is there yet; returns false when it exists.
    ///
    /// Two processes creating the same name at once never overwrite each other, and no lock
    /// file is needed.
    public static func createExclusively(_ data: Data, at url: URL) throws -> Bool {
        if let descriptor = openUnnamed(in: url.deletingLastPathComponent()) {
            defer { close(descriptor) }
            try fill(descriptor, with: data, path: url.path)
            if linkUnnamed(descriptor, to: url) { return true }
            if errno == EEXIST { return false }
        }
        let hidden = hiddenName(for: url)
        try writeNamed(data, to: hidden)
        defer { unlink(hidden.path) }
        if link(hidden.path, url.path) == 0 { return true }
        if errno == EEXIST { return false }
        throw failure("could not create \(url.path)")
    }

    // MARK: - Steps

    #if os(Linux)
        /// `O_TMPFILE` (`__O_TMPFILE | O_DIRECTORY`): a macro Swift does not import.
        #if arch(arm64)
            private static let unnamedFileFlag: Int32 = 0o20_040_000
        #else
            private static let unnamedFileFlag: Int32 = 0o20_200_000
        #endif
    #endif

    private static func openUnnamed(in folder: URL) -> Int32? {
        openUnnamedFile(in: folder, readable: false)
    }

    /// Whether unnamed files are used: on Linux, unless `VERHAAL_NO_TMPFILE` is set (which the
    /// tests use to run the fallback every other system takes).
    static let usesUnnamedFiles: Bool = {
        #if os(Linux)
            return ProcessInfo.processInfo.environment["VERHAAL_NO_TMPFILE"] == nil
        #else
            return false
        #endif
    }()

    /// An unnamed file in `folder` (`O_TMPFILE`), gone when closed unless it is linked; nil where
    /// the system or file system has none. The caller closes the descriptor.
    public static func openUnnamedFile(in folder: URL, readable: Bool) -> Int32? {
        #if os(Linux)
            guard usesUnnamedFiles else { return nil }
            let access = readable ? O_RDWR : O_WRONLY
            let descriptor = open(folder.path, unnamedFileFlag | access | O_CLOEXEC, readable ? 0o600 : 0o644)
            return descriptor >= 0 ? descriptor : nil
        #else
            return nil
        #endif
    }

    /// Gives the unnamed file a name; fails with `EEXIST` when the name is taken.
    private static func linkUnnamed(_ descriptor: Int32, to url: URL) -> Bool {
        #if os(Linux)
            return linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, url.path, AT_SYMLINK_FOLLOW) == 0
        #else
            return false
        #endif
    }

    private static func writeNamed(_ data: Data, to url: URL) throws {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure("could not write in \(url.deletingLastPathComponent().path)") }
        defer { close(descriptor) }
        do {
            try fill(descriptor, with: data, path: url.path)
        } catch {
            unlink(url.path)
            throw error
        }
    }

    private static func fill(_ descriptor: Int32, with data: Data, path: String) throws {
        let written = data.withUnsafeBytes { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            var offset = 0
            while offset < buffer.count {
                let result = SystemCalls.write(descriptor, base + offset, buffer.count - offset)
                if result < 0 && errno == EINTR { continue }
                if result <= 0 { return false }
                offset += result
            }
            return true
        }
        guard written, fsync(descriptor) == 0 else {
            throw failure("could not write \(path)", hint: "check the free disk space")
        }
    }

    private static func move(_ source: URL, to target: URL) throws {
        guard rename(source.path, target.path) == 0 else { throw failure("could not write \(target.path)") }
    }

    /// A replacement's hidden name carries the writing process's id, so that a later write can
    /// tell a name whose process is gone (killed between naming and renaming) from one that is
    /// being renamed right now.
    private static func hiddenName(for url: URL) -> URL {
        url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UUID().uuidString.prefix(8))")
    }

    /// Removes the hidden names of `url` that processes which no longer run left behind.
    private static func removeAbandonedNames(of url: URL) {
        let folder = url.deletingLastPathComponent()
        let prefix = ".\(url.lastPathComponent).tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count).prefix { $0 != "-" }), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(folder.appendingPathComponent(name).path) }
        }
    }

    private static func failure(_ message: String, hint: String = "check that the folder exists and is writable") -> VerhaalError {
        VerhaalError("\(message): \(String(cString: strerror(errno)))", hint: hint)
    }
}
