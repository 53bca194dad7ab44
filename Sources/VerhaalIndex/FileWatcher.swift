import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Tells when anything under a library's `Stories/` or its `verhaal.yaml` may have changed:
/// inotify on Linux (every folder watched, new folders added as they appear). Elsewhere, or
/// when inotify cannot be had, `isWatching` is false and the caller scans instead.
public final class FileWatcher: @unchecked Sendable {
    /// True while inotify reports changes; false means: scan to find out.
    public var isWatching: Bool { lock.withLock { watching } }
    private var watching = false
    private let lock = NSLock()
    private var changed = true
    private var lastEvent = ContinuousClock.now - .seconds(1)
    private var descriptor: Int32 = -1
    private var folders: [Int32: String] = [:]

    public init(root: URL, storiesFolder: URL, enabled: Bool = true) {
        #if os(Linux)
            guard enabled else { return }
            descriptor = inotify_init1(Int32(IN_CLOEXEC))
            guard descriptor >= 0 else { return }
            guard watch(root.path) else {
                close(descriptor)
                return
            }
            watchTree(storiesFolder.path)
            watching = true
            let descriptor = descriptor
            let thread = Thread { [weak self] in Self.readEvents(from: descriptor, for: self) }
            thread.name = "verhaal-file-watcher"
            thread.start()
        #endif
    }

    /// True once after each change (and at first): the caller then refreshes. A change is
    /// taken once no event has come for `quiet` (an editor's save is often several events: the
    /// file emptied, then written, then closed), waiting for at most half a second.
    public func takeChange(quiet: Duration = .milliseconds(20)) -> Bool {
        let clock = ContinuousClock()
        let start = clock.now
        while true {
            let (isChanged, last) = lock.withLock { (changed, lastEvent) }
            guard isChanged else { return false }
            if clock.now - last >= quiet || clock.now - start >= .milliseconds(500) { break }
            Thread.sleep(forTimeInterval: 0.005)
        }
        return lock.withLock {
            defer { changed = false }
            return changed
        }
    }

    /// True when a change was reported that `takeChange()` has not yet taken.
    public var hasPendingChange: Bool { lock.withLock { changed } }

    /// Marks a change the caller made itself, so that the next `takeChange()` sees it at once.
    public func noteChange() {
        lock.withLock { changed = true }
    }

    /// Marks a change inotify reported.
    private func noteEvent() {
        lock.withLock {
            changed = true
            lastEvent = .now
        }
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

        /// Reads events until the watcher is gone; it waits in `poll` for at most half a second
        /// at a time, so that the thread ends (and closes the descriptor) soon after its owner.
        private static func readEvents(from descriptor: Int32, for owner: FileWatcher?) {
            weak var owner = owner
            let size = 64 * 1024
            let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
            defer {
                buffer.deallocate()
                close(descriptor)
            }
            while true {
                var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                let ready = poll(&waiting, 1, 500)
                guard let watcher = owner else { return }
                if ready == 0 || (ready < 0 && errno == EINTR) { continue }
                let count = ready > 0 ? read(descriptor, buffer, size) : -1
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else {
                    // The watch is lost: from now on the caller scans.
                    watcher.lock.withLock {
                        watcher.watching = false
                        watcher.changed = true
                    }
                    return
                }
                var offset = 0
                while offset < count {
                    let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                    let nameLength = Int(event.len)
                    if event.mask & UInt32(IN_ISDIR) != 0 && event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 && nameLength > 0 {
                        let name = String(cString: (buffer + offset + MemoryLayout<inotify_event>.size).assumingMemoryBound(to: CChar.self))
                        if let parent = watcher.lock.withLock({ watcher.folders[event.wd] }) { watcher.watchTree(parent + "/" + name) }
                    }
                    offset += MemoryLayout<inotify_event>.size + nameLength
                }
                watcher.noteEvent()
            }
        }
    #endif
}
