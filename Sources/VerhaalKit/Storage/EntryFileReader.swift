import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads one entry file's bytes, refusing what is not safe to read: links that leave the
/// library, things that are not regular files (a pipe would block forever), files over the size
/// limit, and files that cannot be opened.
enum EntryFileReader {
    enum Outcome {
        case data(Data)
        case problem(Diagnostic)
    }

    /// Reads up to `count` bytes into a buffer, as `read(2)` does; tests replace it to make a
    /// disk fail halfway.
    typealias ReadCall = (_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int

    static func read(
        _ url: URL, path: String, root: URL,
        readCall: ReadCall = { SystemCalls.read($0, $1, $2) }
    ) -> Outcome {
        func problem(code: DiagnosticCode, _ summary: String, _ hint: String) -> Outcome {
            .problem(Diagnostic(.error, code: code, file: path, summary: summary, hint: hint))
        }
        var target = url
        var info = stat()
        guard lstat(url.path, &info) == 0 else {
            return problem(code: .unreadableFile, "the file cannot be read", "check that it exists and that you may read it")
        }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            target = url.resolvingSymlinksInPath()
            let rootPath = root.resolvingSymlinksInPath().path + "/"
            guard target.path.hasPrefix(rootPath) else {
                return problem(
                    code: .linkOutsideLibrary, "the file is a link to \(target.path), outside the library; it is not read",
                    "copy the story into Stories/ instead of linking to it")
            }
            guard stat(target.path, &info) == 0 else {
                return problem(
                    code: .brokenLink, "the file is a link to \(target.path), which does not exist",
                    "remove the link or restore the file it points to")
            }
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            if (info.st_mode & S_IFMT) == S_IFDIR {
                return .problem(
                    Diagnostic(
                        .warning, code: .folderNamedLikeEntry, file: path, summary: "a folder named like an entry file is skipped",
                        hint: "rename the folder without .md"))
            }
            return problem(
                code: .notARegularFile, "the file is not a regular file (a pipe, socket or device); it is not read",
                "entries are plain text files; remove it from Stories/")
        }
        if let tooLarge = ReadingLimits.sizeProblem(bytes: Int(info.st_size)) {
            return .problem(
                Diagnostic(
                    .error, code: tooLarge.code, file: path, summary: tooLarge.summary + ", so it is not read",
                    hint: tooLarge.hint))
        }
        let descriptor = open(target.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            return problem(
                code: .unreadableFile, "the file cannot be read (permission denied)",
                "give yourself read permission, e.g. chmod u+r \(path)")
        }
        defer { close(descriptor) }
        var data = Data(count: Int(info.st_size))
        var filled = 0
        var failure: Int32 = 0
        let complete = data.withUnsafeMutableBytes { buffer -> Bool in
            guard let base = buffer.baseAddress else { return true }
            while filled < buffer.count {
                let result = readCall(descriptor, base + filled, buffer.count - filled)
                if result < 0 && errno == EINTR { continue }
                // A failed read is never taken for the end of the file: half a story is no story.
                if result < 0 {
                    failure = errno
                    return false
                }
                if result == 0 { break }
                filled += result
            }
            return true
        }
        guard complete else {
            let reason = String(cString: strerror(failure))
            return problem(
                code: .unreadableFile, "reading the file failed after \(filled) of \(info.st_size) bytes (\(reason)); it is not read",
                "check the disk, then run 'verhaal check' again")
        }
        data.count = filled
        if data.isEmpty {
            return problem(
                code: .emptyFile, "the file is empty",
                "write the front matter (kind, title, date, teller) and the story, or delete the file")
        }
        return .data(data)
    }
}
