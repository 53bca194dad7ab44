import Foundation
import VerhaalKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An unnamed temporary file (`O_TMPFILE` in the temporary folder): written once, read back in
/// pieces, and gone when closed, also when the process is killed.
final class ScratchFile {
    let descriptor: Int32

    init() throws {
        let folder = FileManager.default.temporaryDirectory.path
        var descriptor = AtomicFile.openUnnamedFile(in: URL(fileURLWithPath: folder), readable: true) ?? -1
        if descriptor < 0 {
            // No O_TMPFILE here: a named file, unlinked at once.
            let path = folder + "/verhaal-\(UUID().uuidString)"
            descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            unlink(path)
        }
        guard descriptor >= 0 else {
            throw XMLWriter.Failure(description: "could not make a temporary file in \(folder): \(String(cString: strerror(errno)))")
        }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// The number of bytes written.
    var size: Int64 {
        var info = stat()
        return fstat(descriptor, &info) == 0 ? Int64(info.st_size) : 0
    }

    func read(at position: Int64, count: Int) throws -> Data {
        var data = Data(count: count)
        let got = data.withUnsafeMutableBytes { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            var filled = 0
            while filled < count {
                let result = pread(descriptor, base + filled, count - filled, off_t(position) + off_t(filled))
                if result < 0 && errno == EINTR { continue }
                if result <= 0 { break }
                filled += result
            }
            return filled
        }
        guard got == count else { throw XMLWriter.Failure(description: "could not read back the temporary file") }
        return data
    }
}
