import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads one entry file's bytes, refusing what is not safe to read: links that leave the
/// library, things that are not regular files (a pipe would block forever), files over the size
/// limit, and files that cannot be opened.
enum EntryFileReader {
    enum Outcome {
        case data(Data)
        case problem(Diagnostic)
    }

    static func read(_ url: URL, path: String, root: URL) -> Outcome {
        func problem(_ summary: String, _ hint: String) -> Outcome {
            .problem(Diagnostic(.error, file: path, summary: summary, hint: hint))
        }
        var target = url
        var info = stat()
        guard lstat(url.path, &info) == 0 else {
            return problem("the file cannot be read", "check that it exists and that you may read it")
        }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            target = url.resolvingSymlinksInPath()
            let rootPath = root.resolvingSymlinksInPath().path + "/"
            guard target.path.hasPrefix(rootPath) else {
                return problem("the file is a link to \(target.path), outside the library; it is not read",
                               "copy the story into Stories/ instead of linking to it")
            }
            guard stat(target.path, &info) == 0 else {
                return problem("the file is a link to \(target.path), which does not exist",
                               "remove the link or restore the file it points to")
            }
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            if (info.st_mode & S_IFMT) == S_IFDIR {
                return .problem(Diagnostic(.warning, file: path, summary: "a folder named like an entry file is skipped",
                                           hint: "rename the folder without .md"))
            }
            return problem("the file is not a regular file (a pipe, socket or device); it is not read",
                           "entries are plain text files; remove it from Stories/")
        }
        if Int(info.st_size) > ReadingLimits.maximumEntryBytes {
            let size = String(format: "%.1f MB", Double(info.st_size) / 1_000_000)
            return problem("the file is \(size); an entry may be at most \(ReadingLimits.maximumEntryBytes / 1_000_000) MB, so it is not read",
                           "split it into several entries; keep photos and attachments outside Stories/")
        }
        let descriptor = open(target.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            return problem("the file cannot be read (permission denied)",
                           "give yourself read permission, e.g. chmod u+r \(path)")
        }
        defer { close(descriptor) }
        var data = Data(count: Int(info.st_size))
        var filled = 0
        let complete = data.withUnsafeMutableBytes { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            while filled < buffer.count {
                let result = Glibc.read(descriptor, base + filled, buffer.count - filled)
                if result < 0 && errno == EINTR { continue }
                if result <= 0 { break }
                filled += result
            }
            return true
        }
        guard complete else {
            return problem("the file cannot be read", "check the disk and the file's permissions")
        }
        data.count = filled
        if data.isEmpty {
            return problem("the file is empty", "write the front matter (kind, title, date, teller) and the story, or delete the file")
        }
        return .data(data)
    }
}
