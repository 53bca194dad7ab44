import Foundation
import GRDB
import VerhaalKit

/// A rebuildable cache of a library's parsed entry files in SQLite, at `.verhaal/index.sqlite`.
///
/// The files stay the only source of truth: every use begins with a stat scan, and a file
/// whose stat changed is read again (and parsed again when its bytes changed). An index that is
/// corrupt, of another format, made by another build of Verhaal or for another library is
/// rebuilt without a word. Several processes may use it at once: SQLite's WAL lets readers go on
/// while one writer writes, and a refresh is one transaction, so a killed process leaves the
/// index as it was before.
public final class LibraryIndex: @unchecked Sendable {
    /// The folder, in the library root, that holds the index; it ignores itself in git.
    public static let folder = ".verhaal"
    public static let fileName = "index.sqlite"

    public let store: LibraryStore
    /// The index file.
    public let url: URL
    var database: DatabaseQueue
    // One refresh at a time in this process; other processes are kept out by SQLite's lock.
    let lock = NSLock()

    /// Opens (or creates) the library's index, rebuilding it when it cannot be used.
    public init(store: LibraryStore) throws {
        self.store = store
        let folder = store.root.appendingPathComponent(Self.folder)
        url = folder.appendingPathComponent(Self.fileName)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let ignore = folder.appendingPathComponent(".gitignore")
        if !FileManager.default.fileExists(atPath: ignore.path) {
            try AtomicFile.write(Data("*\n".utf8), to: ignore)
        }
        database = try Self.openOrRebuild(url, store: store)
    }

    /// Opens the index; one that cannot be opened is thrown away and made anew. Under the lock
    /// of `.verhaal/`: two processes creating the index at once raced SQLite's switch to WAL
    /// (a "disk I/O error" or "database is locked"), and the loser deleted the winner's files.
    private static func openOrRebuild(_ url: URL, store: LibraryStore, removingFirst: Bool = false) throws -> DatabaseQueue {
        try FileLock.withExclusiveLock(on: url.deletingLastPathComponent()) {
            if removingFirst { try removeFiles(at: url) }
            do {
                return try open(url, store: store)
            } catch {
                try removeFiles(at: url)
                return try open(url, store: store)
            }
        }
    }

    /// Throws the index away and builds it again from the files.
    public func rebuild() throws {
        try lock.withLock {
            try database.close()
            database = try Self.openOrRebuild(url, store: store, removingFirst: true)
            _ = try refreshLocked()
        }
    }

    /// Brings the index up to date with the files: a stat scan, then the changed files read.
    @discardableResult
    public func refresh() throws -> IndexRefresh {
        try recovering { try refreshLocked() }
    }

    /// The library as `LibraryStore.load()` reads it, from the index after a refresh.
    /// Without `bodies`, every entry's body is empty: enough for `check`, and much lighter.
    public func library(bodies: Bool = true) throws -> Library {
        try recovering {
            let clock = ContinuousClock()
            let start = clock.now
            let refresh = try refreshLocked()
            let stored = try parsedFilesLocked(bodies: bodies)
            let parsed = refresh.files.map { stored[$0] ?? ParsedEntryFile(entry: nil, diagnostics: []) }
            // Without the bodies, the pictures they name are checked from the index.
            let pictures = bodies ? nil : try database.read { db in try Self.pictureDiagnostics(db, root: store.root) }
            return store.assemble(
                parsed, settings: store.loadSettings(), timings: LoadTimings(read: clock.now - start), pictureDiagnostics: pictures,
                crossDiagnostics: try database.read(Self.crossDiagnostics))
        }
    }

    /// What `check` reports, from the stored diagnostics after a refresh: no entry is built
    /// but those a composition names.
    public func diagnosis() throws -> LibraryDiagnosis {
        try recovering {
            let refresh = try refreshLocked()
            return try database.read { db in
                var byFile: [String: [Diagnostic]] = [:]
                let rows = try Row.fetchCursor(
                    db, sql: "SELECT path, \(DiagnosticColumns.selection) FROM diagnostics ORDER BY path, position")
                while let row = try rows.next() {
                    let path: String = row[0]
                    if let diagnostic = DiagnosticColumns.diagnostic(from: row, offset: 1) { byFile[path, default: []].append(diagnostic) }
                }
                let fileDiagnostics = byFile.isEmpty ? [] : refresh.files.flatMap { byFile[$0] ?? [] }
                var crossDiagnostics = try Self.crossDiagnostics(db)
                crossDiagnostics += try Self.pictureDiagnostics(db, root: store.root)
                let entryCount = try Self.usableEntries(db)
                return store.diagnose(
                    fileDiagnostics: fileDiagnostics, crossDiagnostics: crossDiagnostics, fileCount: refresh.fileCount,
                    entryCount: entryCount,
                    entry: { id in
                        (try? Row.fetchOne(
                            db, sql: "SELECT \(EntryColumns.selection(bodies: false)) FROM files WHERE id = ? AND \(Self.usable)",
                            arguments: [id])).flatMap { $0.flatMap(EntryColumns.entry(from:)) }
                    })
            }
        }
    }

    /// The entry with this id if it has no errors; otherwise the errors reported for files of
    /// that name, as `check` sorts them. Reads one entry, not the library.
    public func entry(id: String) throws -> (entry: Entry?, errors: [Diagnostic]) {
        try recovering {
            _ = try refreshLocked()
            return try database.read { db in
                if let row = try Row.fetchOne(
                    db, sql: "SELECT \(EntryColumns.selection(bodies: true)) FROM files WHERE id = ? AND \(Self.usable)", arguments: [id]),
                    let entry = EntryColumns.entry(from: row)
                {
                    return (entry, [])
                }
                let pattern = "%/\(id).md"
                var byFile: [String: [Diagnostic]] = [:]
                for row in try Row.fetchAll(
                    db, sql: "SELECT path, \(DiagnosticColumns.selection) FROM diagnostics WHERE file LIKE ? ORDER BY path, position",
                    arguments: [pattern])
                {
                    if let diagnostic = DiagnosticColumns.diagnostic(from: row, offset: 1) {
                        byFile[row[0], default: []].append(diagnostic)
                    }
                }
                let cross = try Row.fetchAll(
                    db, sql: "SELECT \(DiagnosticColumns.selection) FROM cross_diagnostics WHERE file LIKE ? ORDER BY position",
                    arguments: [pattern]
                ).compactMap { DiagnosticColumns.diagnostic(from: $0) }
                var errors = byFile.keys.sorted().flatMap { byFile[$0]! } + cross
                errors = errors.filter { $0.severity == .error && $0.file.hasSuffix("/\(id).md") }
                errors.sort { ($0.file, $0.line ?? 0, $0.column ?? 0) < ($1.file, $1.line ?? 0, $1.column ?? 0) }
                return (nil, errors)
            }
        }
    }

    /// The stored parse of every file written after `generation` (every file for nil, or when
    /// the index was rebuilt since), and the index's generation now. Every refresh that changes
    /// a parse, in any process, writes its files with a new generation, so a process that keeps
    /// the library in memory asks only for what changed since it last asked.
    public func parsedFiles(since generation: IndexGeneration?, bodies: Bool = true) throws -> (
        files: [String: ParsedEntryFile], generation: IndexGeneration
    ) {
        try recovering {
            try database.read { db in
                let now = IndexGeneration(
                    index: try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'created'") ?? "",
                    number: try Int.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'") ?? 0)
                let since = generation?.index == now.index ? generation?.number ?? 0 : 0
                return (try Self.parsedFiles(db, since: since, bodies: bodies), now)
            }
        }
    }

    /// The problems across entries (`LibraryChecker.crossCheck`) as the last refresh found
    /// them, without a refresh: for a process that keeps the index up to date itself.
    public func crossDiagnostics() throws -> [Diagnostic] {
        try recovering { try database.read(Self.crossDiagnostics) }
    }

    private static func crossDiagnostics(_ db: Database) throws -> [Diagnostic] {
        try Row.fetchAll(db, sql: "SELECT \(DiagnosticColumns.selection) FROM cross_diagnostics ORDER BY position")
            .compactMap { DiagnosticColumns.diagnostic(from: $0) }
    }

    /// The problems with the pictures the stories name, in file order (`StoryImages`). They
    /// are checked on every call: the picture files are not in the index.
    public func pictureDiagnostics() throws -> [Diagnostic] {
        try recovering { try database.read { db in try Self.pictureDiagnostics(db, root: store.root) } }
    }

    private static func pictureDiagnostics(_ db: Database, root: URL) throws -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let withPictures = try Row.fetchCursor(db, sql: "SELECT path, body FROM files WHERE instr(body, '![') > 0 ORDER BY path")
        while let row = try withPictures.next() {
            diagnostics += StoryImages.diagnostics(path: row[0], body: row[1], root: root)
        }
        return diagnostics
    }

    /// The body of the entry file at `path` as the index holds it, without a refresh: for a
    /// process that keeps the index up to date itself and its entries without their texts.
    public func body(ofPath path: String) throws -> String? {
        try recovering {
            try database.read { db in try String.fetchOne(db, sql: "SELECT body FROM files WHERE path = ?", arguments: [path]) }
        }
    }

    private func parsedFilesLocked(bodies: Bool) throws -> [String: ParsedEntryFile] {
        try database.read { db in try Self.parsedFiles(db, since: 0, bodies: bodies) }
    }

    private static func parsedFiles(_ db: Database, since generation: Int, bodies: Bool) throws -> [String: ParsedEntryFile] {
        var parsed: [String: ParsedEntryFile] = [:]
        let entries = try Row.fetchCursor(
            db, sql: "SELECT \(EntryColumns.selection(bodies: bodies)) FROM files WHERE generation > ?", arguments: [generation])
        while let row = try entries.next() {
            let path: String = row[0]
            parsed[path] = ParsedEntryFile(entry: EntryColumns.entry(from: row), diagnostics: [])
        }
        guard !parsed.isEmpty else { return parsed }
        // A few changed files: their diagnostics one by one; many: all in one pass.
        let oneByOne = generation > 0 && parsed.count < 1000
        let problems =
            oneByOne
            ? try parsed.keys.flatMap { path in
                try Row.fetchAll(
                    db, sql: "SELECT path, \(DiagnosticColumns.selection) FROM diagnostics WHERE path = ? ORDER BY position",
                    arguments: [path])
            }
            : try Row.fetchAll(db, sql: "SELECT path, \(DiagnosticColumns.selection) FROM diagnostics ORDER BY path, position")
        for row in problems {
            let path: String = row[0]
            if parsed[path] != nil, let diagnostic = DiagnosticColumns.diagnostic(from: row, offset: 1) {
                parsed[path]?.diagnostics.append(diagnostic)
            }
        }
        return parsed
    }

    /// The entries without errors whose title, text, tags, organisations or place hold every word
    /// of `text` (`TextSearch`'s rule): best match first, then by date and id; and how many
    /// entries without errors there are in all.
    public func search(_ text: String) throws -> (entries: [Entry], total: Int) {
        guard let match = SearchQuery.match(for: text) else {
            let entries = try library().entries
            return (entries, entries.count)
        }
        return try recovering {
            _ = try refreshLocked()
            return try database.read { db in
                let columns = EntryColumns.selection(bodies: true).split(separator: ", ").map { "files.\($0)" }.joined(separator: ", ")
                let rows = try Row.fetchCursor(db, sql: Self.searchSQL(columns), arguments: [match, match])
                var entries: [Entry] = []
                while let row = try rows.next() {
                    if let entry = EntryColumns.entry(from: row) { entries.append(entry) }
                }
                let total = try Self.usableEntries(db)
                return (entries, total)
            }
        }
    }

    /// The ids of the entries `search` finds, best match first, without a refresh: for a
    /// process that keeps the index up to date itself (`LiveLibrary`). Nil when `text` has no
    /// word.
    public func searchIDs(_ text: String) throws -> [String]? {
        guard let match = SearchQuery.match(for: text) else { return nil }
        return try recovering {
            try database.read { db in try String.fetchAll(db, sql: Self.searchSQL("files.id"), arguments: [match, match]) }
        }
    }

    /// The entries the library uses: parsed, without errors of their own or across entries.
    static let usable = "id IS NOT NULL AND has_errors = 0 AND path NOT IN (SELECT path FROM cross_errors)"

    /// How many entries are usable, as the last refresh counted them.
    private static func usableEntries(_ db: Database) throws -> Int {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'usable'").flatMap { Int($0) } ?? 0
    }

    /// Private matches first, newest first (a member's own: the caller leaves out the rest),
    /// then the shared ones by bm25 over the shared stories alone. No private story takes part
    /// in any ranking.
    private static func searchSQL(_ columns: String) -> String {
        """
        SELECT \(columns) FROM (
            SELECT rowid, 0 AS part, 0.0 AS score FROM search_private WHERE search_private MATCH ?
            UNION ALL
            SELECT rowid, 1 AS part, bm25(search, 4.0, 1.0, 2.0, 2.0, 1.0) AS score FROM search WHERE search MATCH ?
        ) AS found JOIN files ON files.rowid = found.rowid
        WHERE files.has_errors = 0 AND files.path NOT IN (SELECT path FROM cross_errors)
        ORDER BY found.part, CASE WHEN found.part = 0 THEN files.date END DESC, found.score, files.date, files.id
        """
    }

    // MARK: - Opening

    private static func open(_ url: URL, store: LibraryStore) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.busyMode = .timeout(60)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let database = try DatabaseQueue(path: url.path, configuration: configuration)
        let identity = IndexIdentity.current(for: store)
        try database.write { db in
            let stored = try? Dictionary(
                uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT key, value FROM meta").map { (row: Row) -> (String, String) in
                    (row[0], row[1])
                })
            if stored == nil || identity.values.contains(where: { stored?[$0.key] != $0.value }) {
                try IndexSchema.create(db)
                for (key, value) in identity.values.merging(["created": UUID().uuidString]) { $1 } {
                    try db.execute(sql: "INSERT INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
                }
            }
        }
        return database
    }

    private static func removeFiles(at url: URL) throws {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let file = url.path + suffix
            if FileManager.default.fileExists(atPath: file) { try FileManager.default.removeItem(atPath: file) }
        }
    }

    /// Runs `body`; when SQLite finds the file corrupt or not a database, rebuilds the index
    /// from the files and runs it once more.
    func recovering<T>(_ body: () throws -> T) throws -> T {
        do {
            return try lock.withLock { try body() }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB {
            try lock.withLock {
                try? database.close()
                database = try Self.openOrRebuild(url, store: store, removingFirst: true)
            }
            return try lock.withLock { try body() }
        }
    }
}

/// Where an index stands: which index (a rebuilt one is another) and how many refreshes changed it.
public struct IndexGeneration: Sendable, Equatable {
    public var index: String
    public var number: Int
}

/// What one refresh did.
public struct IndexRefresh: Sendable {
    fileprivate let scan: StatScan
    /// How many entry files the library has.
    public var fileCount: Int { scan.stats.count { $0 != nil } }
    /// Every entry file of the library, relative to its root, in the order `load()` reads them.
    public var files: [String] { scan.sortedPresentPaths() }
    /// A digest of the entry files' paths: the same as long as no file was added, removed or
    /// renamed, so that `files` need not be made again.
    public var pathsDigest: String { scan.pathsDigest }
    /// Files whose stats were compared with those the index holds: those in the buckets
    /// where something changed (`StatScan`).
    public var compared: Int
    /// Files parsed because they are new or their bytes changed.
    public var parsed: Int
    /// Files whose stat changed but whose bytes did not: read, hashed, not parsed.
    public var reread: Int
    /// Files that left the library.
    public var removed: Int

    init(scan: StatScan, compared: Int = 0, parsed: Int, reread: Int, removed: Int) {
        self.scan = scan
        self.compared = compared
        self.parsed = parsed
        self.reread = reread
        self.removed = removed
    }
}
