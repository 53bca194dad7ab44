import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Tells when anything under a library's `Stories/` or its `verhaal.yaml` may have changed:
/// inotify on Linux (every folder watched, new folders added as they appear). Elsewhere, or
/// when inotify cannot be had, `isWatching` is false and the caller scans instead.
public final class FileWatcher: @unchecked Sendable {
    /// True while inotify reports changes; false means: scan to find out.
    public private(set) var isWatching = false
    private let lock = NSLock()
    private var changed = true
    private var descriptor: Int32 = -1
    private var folders: [Int32: String] = [:]
    private var thread: Thread?

    public init(root: URL, storiesFolder: URL) {
        #if os(Linux)
            descriptor = inotify_init1(Int32(IN_CLOEXEC))
            guard descriptor >= 0 else { return }
            guard watch(root.path) else {
                close(descriptor)
                return
            }
            watchTree(storiesFolder.path)
            isWatching = true
            let thread = Thread { [weak self] in self?.readEvents() }
            thread.name = "verhaal-file-watcher"
            thread.start()
            self.thread = thread
        #endif
    }

    /// True once after each change (and at first): the caller then refreshes.
    public func takeChange() -> Bool {
        lock.withLock {
            defer { changed = false }
            return changed
        }
    }

    /// Marks a change the caller made itself, so that the next `takeChange()` sees it at once.
    public func noteChange() {
        lock.withLock { changed = true }
    }

    #if os(Linux)
        private static let mask = UInt32(
            IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
                | IN_DELETE_SELF | IN_MOVE_SELF)

        @discardableResult
        private func watch(_ folder: String) -> Bool {
            let handle = inotify_add_watch(descriptor, folder, Self.mask)
            guard handle >= 0 else { return false }
            lock.withLock { folders[handle] = folder }
            return true
        }

        /// Watches a folder and every folder below it (links to folders are not followed).
        private func watchTree(_ folder: String) {
            guard watch(folder) else { return }
            guard let items = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
            for item in items {
                let path = folder + "/" + item
                var info = stat()
                if lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR { watchTree(path) }
            }
        }

        private func readEvents() {
            let size = 64 * 1024
            let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
            defer { buffer.deallocate() }
            while true {
                let count = read(descriptor, buffer, size)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else {
                    // The watch is lost: from now on the caller scans.
                    lock.withLock {
                        isWatching = false
                        changed = true
                    }
                    return
                }
                var offset = 0
                while offset < count {
                    let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                    let nameLength = Int(event.len)
                    if event.mask & UInt32(IN_ISDIR) != 0 && event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 && nameLength > 0 {
                        let name = String(cString: (buffer + offset + MemoryLayout<inotify_event>.size).assumingMemoryBound(to: CChar.self))
                        if let parent = lock.withLock({ folders[event.wd] }) { watchTree(parent + "/" + name) }
                    }
                    if event.mask & UInt32(IN_Q_OVERFLOW) != 0 { noteChange() }
                    offset += MemoryLayout<inotify_event>.size + nameLength
                }
                noteChange()
            }
        }
    #endif
}
