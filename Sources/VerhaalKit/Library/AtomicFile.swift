import Foundation

/// Writes files so that a reader never sees half a file and a crash leaves no partial one:
/// the bytes go to a temporary file in the same folder, which is then renamed or linked.
public enum AtomicFile {
    /// Replaces (or creates) the file at `url` in one step.
    public static func write(_ data: Data, to url: URL) throws {
        let temporary = try writeTemporary(data, besides: url)
        defer { unlink(temporary.path) }
        guard rename(temporary.path, url.path) == 0 else {
            throw VerhaalError("could not write \(url.path): \(String(cString: strerror(errno)))",
                               hint: "check that the folder exists and is writable")
        }
    }

    /// Creates the file at `url` only if nothing is there yet; returns false when it exists.
    ///
    /// `link(2)` fails with `EEXIST` instead of replacing, so two processes creating the same
    /// name at once never overwrite each other, and no lock file is needed.
    public static func createExclusively(_ data: Data, at url: URL) throws -> Bool {
        let temporary = try writeTemporary(data, besides: url)
        defer { unlink(temporary.path) }
        if link(temporary.path, url.path) == 0 { return true }
        if errno == EEXIST { return false }
        throw VerhaalError("could not create \(url.path): \(String(cString: strerror(errno)))",
                           hint: "check that the folder exists and is writable")
    }

    private static func writeTemporary(_ data: Data, besides url: URL) throws -> URL {
        let folder = url.deletingLastPathComponent()
        let name = ".\(url.lastPathComponent).tmp-\(UUID().uuidString.prefix(8))"
        let temporary = folder.appendingPathComponent(name)
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            throw VerhaalError("could not write in \(folder.path): \(String(cString: strerror(errno)))",
                               hint: "check that the folder exists and is writable")
        }
        defer { close(descriptor) }
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let result = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if result <= 0 { return false }
                offset += result
            }
            return true
        }
        guard written, fsync(descriptor) == 0 else {
            unlink(temporary.path)
            throw VerhaalError("could not write \(temporary.path): \(String(cString: strerror(errno)))",
                               hint: "check the free disk space")
        }
        return temporary
    }
}

#if canImport(Glibc)
import Glibc
#endif
