import Foundation
import VerhaalKit

/// The library as a long-running process (the web collector) serves it: kept in memory and
/// brought up to date from the index when the file watcher reports a change, or, without a
/// watcher, after a stat scan at most once a second. Only changed files are read from the index,
/// with the checks across entries the refresh made; the entries are put in order and the
/// compositions and sensemaking files read again on every change. The entries are kept without
/// their texts, which stay in the index (`body(of:)`, `libraryWithBodies()`): at 100,000
/// entries they were a third of the server's memory.
/// Without a usable index it reads the files, as `LibraryStore.load()` does.
public final class LiveLibrary: @unchecked Sendable {
    public let store: LibraryStore
    private let index: LibraryIndex?
    private let watcher: FileWatcher
    private let lock = NSLock()
    /// Every entry file's parse, in the order `load()` reads them, and each path's position there.
    private var parsed: [ParsedEntryFile] = []
    private var positions: [String: Int] = [:]
    /// The refresh's digest of the paths in `positions`: while it stays, they need not be made,
    /// sorted and looked up again.
    private var pathsDigest: String?
    /// The index's generation `parsed` was last brought up to.
    private var generation: IndexGeneration?
    private var current: Library?
    /// Counts the libraries `current` has been; what `remembered` made belongs to one of them.
    private var version = 0
    private var memory: [String: Any] = [:]
    /// The rounds for feedback to tellers, read with `current`.
    private var currentRounds: [MSCRound] = []
    // Its own lock: reading the language never waits for an update in progress.
    private let languageLock = NSLock()
    private var lastLanguage: String
    private var lastScan = ContinuousClock.now
    private let clock = ContinuousClock()

    /// With `watching` false, changes are found by a stat scan at most once a second, as on a
    /// system without inotify; without `useIndex` every file is read on every change.
    public init(store: LibraryStore, watching: Bool = true, useIndex: Bool = true) {
        self.store = store
        lastLanguage = store.loadSettings().0.language
        index = useIndex ? try? LibraryIndex(store: store) : nil
        watcher = FileWatcher(root: store.root, storiesFolder: store.storiesURL, enabled: watching)
    }

    /// True when the watcher has reported a change that no request has picked up yet.
    public var hasPendingChange: Bool { watcher.hasPendingChange }

    /// Whether changes are learnt from inotify (true) or from a stat scan once a second.
    public var isWatching: Bool { watcher.isWatching }

    /// The library as it is on disk. Blocking: call it off the event loops.
    public func library() -> Library {
        lock.withLock { currentLocked() }
    }

    /// The library as it is on disk, and a value worked out from it (a page of the story list,
    /// the coverage table), made once for each `key` and kept until the library changes; `make`
    /// gets the library the value belongs to. Blocking: call it off the event loops.
    public func remembered<Value>(_ key: String, make: (Library) -> Value) -> (library: Library, value: Value) {
        lock.lock()
        let library = currentLocked()
        let version = self.version
        let known = memory[key] as? Remembered<Value>
        lock.unlock()
        if let known { return (library, known.value) }
        // Made outside the lock: other requests need not wait; two may make the same value.
        let made = make(library)
        lock.withLock {
            guard self.version == version else { return }
            if memory.count >= Self.rememberedLimit { memory = [:] }
            memory[key] = Remembered(value: made)
        }
        return (library, made)
    }

    // Keys can come from what members type (a search, a page number): a bound on how many.
    private static let rememberedLimit = 256

    private func currentLocked() -> Library {
        let due =
            watcher.isWatching
            ? watcher.takeChange() : clock.now - lastScan >= .seconds(1)
        if let current, !due { return current }
        lastScan = clock.now
        let fresh = update()
        current = fresh
        version += 1
        memory = [:]
        currentRounds = store.rounds(framework: fresh.framework)
        languageLock.withLock { lastLanguage = fresh.settings.language }
        return fresh
    }

    /// The Most Significant Change rounds as tellers hear of them (`LibraryStore.rounds`), as
    /// new as `library()`: they are read again only when something in the library changed.
    public func rounds() -> [MSCRound] {
        _ = library()
        return lock.withLock { currentRounds }
    }

    /// The library now and, when `text` has words, the ids of the entries without errors that
    /// hold them (`TextSearch`'s rule), best match first; nil ids without an index, and the
    /// caller filters with `TextSearch` itself.
    public func search(_ text: String) -> (library: Library, ids: [String]?) {
        let library = library()
        // The index is as new as the library just returned: no second scan.
        return (library, try? index?.searchIDs(text))
    }

    /// The Markdown text of an entry of `library()`, from the index when the entry was kept
    /// without it. Blocking: call it off the event loops.
    public func body(of entry: Entry) -> String {
        guard entry.body.isEmpty, let index else { return entry.body }
        return (try? index.body(ofPath: entry.path)) ?? entry.body
    }

    /// The library with every entry's text, for what needs them all (a composition, a text
    /// search without the index): read from the index each time, not kept. Blocking.
    public func libraryWithBodies() -> Library {
        let kept = library()
        guard let index, let library = try? index.library(bodies: true) else { return kept }
        return library
    }

    /// The library's language as `verhaal.yaml` said at the last update: never blocks, so the
    /// event loops may ask it.
    public var language: String { languageLock.withLock { lastLanguage } }

    /// Tells of a change this process made itself (a form saved an entry), so that the next
    /// request sees it without waiting for the watcher.
    public func noteChange() {
        watcher.noteChange()
        lock.withLock { lastScan = clock.now - .seconds(2) }
    }

    private func update() -> Library {
        guard let index else { return store.load() }
        do {
            let refresh = try index.refresh()
            // What any process wrote since we last looked, not only what this refresh found.
            let changed = try index.parsedFiles(since: generation, bodies: false)
            generation = changed.generation
            if refresh.pathsDigest == pathsDigest, changed.files.keys.allSatisfy({ positions[$0] != nil }) {
                for (path, file) in changed.files { parsed[positions[path]!] = file }
            } else {
                var byPath = positions.mapValues { parsed[$0] }
                byPath.merge(changed.files) { $1 }
                let paths = refresh.files
                positions = Dictionary(paths.enumerated().map { ($1, $0) }) { first, _ in first }
                parsed = paths.map { byPath[$0] ?? ParsedEntryFile(entry: nil, diagnostics: []) }
                pathsDigest = refresh.pathsDigest
            }
            return store.assemble(
                parsed, settings: store.loadSettings(), pictureDiagnostics: try index.pictureDiagnostics(),
                crossDiagnostics: try index.crossDiagnostics())
        } catch {
            parsed = []
            positions = [:]
            pathsDigest = nil
            generation = nil
            return store.load()
        }
    }
}

/// A value `LiveLibrary.remembered` keeps, boxed so that an optional is kept as made.
private final class Remembered<Value> {
    let value: Value
    init(value: Value) { self.value = value }
}
