import Foundation
import GRDB
import VerhaalKit

extension LibraryIndex {
    /// Brings the index up to date; the caller holds `lock`.
    func refreshLocked() throws -> IndexRefresh {
        let scan = StatScan(store: store)
        let settings = IndexIdentity.settingsHash(of: store)
        let meta = try database.read { db in
            try Dictionary(
                uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT key, value FROM meta").map { row -> (String, String) in (row[0], row[1])
                })
        }
        let scanned = meta["scanned"].flatMap { Int64($0) } ?? 0
        let settingsChanged = meta["settings"] != settings
        let racy = scan.bucketsWithRacyFiles(scanned: scanned)
        if !settingsChanged && meta["digest"] == scan.digest && racy.isEmpty {
            return IndexRefresh(scan: scan, parsed: 0, reread: 0, removed: 0)
        }
        // Only the buckets whose files changed, and those with a file too new to trust, are
        // compared with what the index holds.
        let storedBuckets = settingsChanged ? nil : meta["buckets"].flatMap(StatScan.bucketDigests(from:))
        var examined = Set(
            (0..<StatScan.bucketCount).filter { bucket in storedBuckets?[bucket] != scan.bucketDigests[bucket] })
        examined.formUnion(racy)
        let (indices, files, paths) = scan.locations(inBuckets: examined)
        let known: [String: StoredFile] =
            settingsChanged
            ? [:]
            : try database.read { db in
                var known: [String: StoredFile] = [:]
                let chosen =
                    examined.count == StatScan.bucketCount ? "" : " WHERE bucket IN (\(examined.map(String.init).joined(separator: ", ")))"
                let rows = try Row.fetchCursor(db, sql: "SELECT path, inode, size, mtime, ctime, hash FROM files" + chosen)
                while let row = try rows.next() {
                    known[row[0]] = StoredFile(
                        stat: FileStat(inode: row[1], size: row[2], modified: row[3], changed: row[4]), hash: row[5])
                }
                return known
            }
        let changed = paths.indices.filter { position in
            guard let stat = scan.stats[indices[position]] else { return false }
            return known[paths[position]]?.stat != stat || scan.isRacy(indices[position], scanned: scanned)
        }
        let presentSet = Set(paths.indices.filter { scan.stats[indices[$0]] != nil }.map { paths[$0] })
        let removed = known.keys.filter { !presentSet.contains($0) }
        let updates = readChanged(
            changed, files: files, paths: paths, stats: changed.map { scan.stats[indices[$0]]! }, known: known)
        try database.write { db in
            if settingsChanged {
                try db.execute(sql: "DELETE FROM files")
                try db.execute(sql: "DELETE FROM diagnostics")
            }
            for path in removed { try Self.delete(path, from: db) }
            let generation = (try Int.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'") ?? 0) + 1
            var linksChanged = settingsChanged || !removed.isEmpty
            for update in updates {
                if try Self.write(update, generation: generation, to: db) { linksChanged = true }
            }
            // An edit that leaves every id, kind and visit as it was cannot change their checks.
            if linksChanged {
                try Self.recheckAcrossEntries(db)
            }
            let usableEntries = try Int.fetchOne(db, sql: "SELECT count(*) FROM files WHERE \(Self.usable)") ?? 0
            for (key, value) in [
                ("settings", settings), ("digest", scan.digest), ("scanned", String(scan.started)), ("generation", String(generation)),
                ("usable", String(usableEntries)), ("buckets", StatScan.text(of: scan.bucketDigests)),
            ] {
                try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
            }
        }
        let parsed = updates.filter { $0.parsed != nil }.count
        return IndexRefresh(
            scan: scan, compared: paths.count, parsed: parsed, reread: updates.count - parsed, removed: removed.count)
    }

    /// Reads the changed files on every core: a file whose bytes are what the index holds only
    /// gets its new stat; the others are parsed.
    private func readChanged(_ changed: [Int], files: [String], paths: [String], stats: [FileStat], known: [String: StoredFile])
        -> [FileUpdate]
    {
        let parser = EntryParser(framework: store.loadSettings().0.framework)
        let updates = Locked<[FileUpdate?]>.slots(changed.count)
        DispatchQueue.concurrentPerform(iterations: changed.count) { slot in
            let index = changed[slot]
            let path = paths[index]
            let stat = stats[slot]
            let update: FileUpdate
            switch store.readEntryFile(at: files[index]) {
            case .data(let data):
                let hash = ContentHash.of(data)
                let unchanged = known[path]?.hash == hash
                update = FileUpdate(path: path, stat: stat, hash: hash, parsed: unchanged ? nil : parser.parse(data: data, path: path))
            case .problem(let diagnostic):
                update = FileUpdate(path: path, stat: stat, hash: 0, parsed: ParsedEntryFile(entry: nil, diagnostics: [diagnostic]))
            }
            updates.withLock { $0[slot] = update }
        }
        // A file that is unchanged but racy is counted as re-read only when its stat moved.
        let filled: [FileUpdate] = updates.filled()
        return filled.filter { $0.parsed != nil || known[$0.path]?.stat != $0.stat }
    }

    private static func delete(_ path: String, from db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM files WHERE path = ?").execute(arguments: [path])
        try db.cachedStatement(sql: "DELETE FROM diagnostics WHERE path = ?").execute(arguments: [path])
    }

    /// Writes one file's new stat or parse; true when its id, kind or visit changed (or it is
    /// new), which the checks across entries depend on.
    private static func write(_ update: FileUpdate, generation: Int, to db: Database) throws -> Bool {
        guard let parsed = update.parsed else {
            try db.cachedStatement(sql: "UPDATE files SET inode = ?, size = ?, mtime = ?, ctime = ? WHERE path = ?").execute(
                arguments: [update.stat.inode, update.stat.size, update.stat.modified, update.stat.changed, update.path])
            return false
        }
        let old = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT id, kind, visit, visit_line FROM files WHERE path = ?"), arguments: [update.path])
        let entry = parsed.entry
        let new: [String?] = [entry?.id, entry?.kind.rawValue, entry?.visit, entry?.visitLine.map(String.init)]
        let before: [String?] =
            old.map { row in
                [row[0], row[1], row[2], (row[3] as Int?).map(String.init)]
            } ?? []
        try delete(update.path, from: db)
        let columns = ["path", "bucket", "inode", "size", "mtime", "ctime", "hash", "generation", "has_errors"] + EntryColumns.names
        var values: [(any DatabaseValueConvertible)?] = [
            update.path, StatScan.bucket(ofPath: update.path), update.stat.inode, update.stat.size, update.stat.modified,
            update.stat.changed, update.hash, generation, parsed.diagnostics.containsErrors,
        ]
        values += EntryColumns.values(of: parsed.entry)
        try db.cachedStatement(
            sql: "INSERT INTO files (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
        ).execute(arguments: StatementArguments(values))
        for (position, diagnostic) in parsed.diagnostics.enumerated() {
            try DiagnosticColumns.insert(diagnostic, of: update.path, position: position, into: db)
        }
        return before != new
    }

    /// The checks across entries (duplicate ids, visits), redone after every change so that a
    /// search leaves out what the library leaves out. They need only each entry's id, kind and
    /// visit.
    private static func recheckAcrossEntries(_ db: Database) throws {
        var entries: [Entry] = []
        let rows = try Row.fetchCursor(
            db, sql: "SELECT path, id, kind, visit, visit_line FROM files WHERE id IS NOT NULL")
        // The checks look at no date; any will do.
        let date = LocalDate(year: 2000, month: 1, day: 1)!
        while let row = try rows.next() {
            guard let kind = EntryKind(rawValue: row[2]) else { continue }
            entries.append(Entry(id: row[1], path: row[0], kind: kind, title: "", date: date, teller: "", visit: row[3], visitLine: row[4]))
        }
        // In the order the library reads files, so that the same file of two is the duplicate.
        entries.sort { $0.path < $1.path }
        try db.execute(sql: "DELETE FROM cross_errors")
        try db.execute(sql: "DELETE FROM cross_diagnostics")
        let diagnostics = LibraryChecker.crossCheck(entries)
        for (position, diagnostic) in diagnostics.enumerated() {
            try DiagnosticColumns.insert(diagnostic, of: diagnostic.file, position: position, into: db, table: "cross_diagnostics")
        }
        let failing = Set(diagnostics.filter { $0.severity == .error }.map(\.file))
        for path in failing { try db.execute(sql: "INSERT INTO cross_errors (path) VALUES (?)", arguments: [path]) }
    }
}

private struct StoredFile {
    var stat: FileStat
    var hash: Int64
}

private struct FileUpdate {
    var path: String
    var stat: FileStat
    var hash: Int64
    /// Nil when only the stat changed.
    var parsed: ParsedEntryFile?
}
