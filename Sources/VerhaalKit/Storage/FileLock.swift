import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive `flock` on a folder, held while a short piece of work runs.
///
/// The lock is taken on the folder itself, so no lock file exists, and the kernel releases it
/// when the process ends in any way: a killed `verhaal` never leaves a library locked.
public enum FileLock {
    /// Runs `work` while holding the exclusive lock on `folder`, which must exist.
    public static func withExclusiveLock<T>(on folder: URL, _ work: () throws -> T) throws -> T {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw VerhaalError(
                "cannot open \(folder.path) to lock it: \(String(cString: strerror(errno)))",
                hint: "check that the folder exists and that you may read it")
        }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw VerhaalError(
                    "cannot lock \(folder.path): \(String(cString: strerror(errno)))",
                    hint: "keep the library on a local disk")
            }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try work()
    }
}
