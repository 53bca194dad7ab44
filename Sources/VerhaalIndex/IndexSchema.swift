import GRDB

/// The tables of the index. Bump `format` whenever a table or the way a value is stored
/// changes: an index of another format is rebuilt.
enum IndexSchema {
    static let format = "9"

    static let tables = [
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """
        CREATE TABLE files (
            path TEXT NOT NULL UNIQUE, bucket INTEGER NOT NULL, inode INTEGER NOT NULL, size INTEGER NOT NULL,
            mtime INTEGER NOT NULL, ctime INTEGER NOT NULL, hash INTEGER NOT NULL, generation INTEGER NOT NULL,
            has_errors INTEGER NOT NULL,
            id TEXT, kind TEXT, title TEXT, date TEXT, teller TEXT, visit TEXT, place TEXT,
            organizations TEXT, lessons TEXT, perspectives TEXT, tags TEXT, share TEXT,
            speaker TEXT, role TEXT, source TEXT, body TEXT, extra_keys TEXT, visit_line INTEGER,
            answers TEXT, people TEXT, consent TEXT)
        """,
        """
        CREATE TABLE diagnostics (
            path TEXT NOT NULL, position INTEGER NOT NULL, file TEXT NOT NULL, severity TEXT NOT NULL, code TEXT NOT NULL,
            line INTEGER, "column" INTEGER, field TEXT, list_index INTEGER, summary TEXT NOT NULL, hint TEXT,
            PRIMARY KEY (path, position)) WITHOUT ROWID
        """,
        // Files with an error that only the other entries show (a duplicate id, a visit to a
        // missing or broken entry): a search leaves them out, as the library does.
        // Narrow copies of what a refresh reads of the files in a bucket (`StatScan`), so that
        // it does not read the pages that hold the texts.
        "CREATE INDEX files_stats ON files (bucket, path, inode, size, mtime, ctime, hash)",
        // It also counts the usable entries without reading the texts.
        "CREATE INDEX files_links ON files (id, path, kind, visit, visit_line, has_errors)",
        // The few stories with pictures, whose files `check` looks for on every run.
        "CREATE INDEX files_pictures ON files (path) WHERE instr(body, '![') > 0",
        // What changed since a generation, for the server's live library.
        "CREATE INDEX files_generation ON files (generation)",
        "CREATE TABLE cross_errors (path TEXT PRIMARY KEY) WITHOUT ROWID",
        // The diagnostics across entries themselves, in the order the checker gave them.
        """
        CREATE TABLE cross_diagnostics (
            path TEXT NOT NULL, position INTEGER NOT NULL, file TEXT NOT NULL, severity TEXT NOT NULL, code TEXT NOT NULL,
            line INTEGER, "column" INTEGER, field TEXT, list_index INTEGER, summary TEXT NOT NULL, hint TEXT,
            PRIMARY KEY (position)) WITHOUT ROWID
        """,
        // Two full-text tables: the stories every member may read, whose ranking (bm25's word
        // and length statistics) depends on them alone, and the private ones (and files whose
        // share level could not be read), which are only matched, never ranked, so that no
        // order, snippet or count can say what another member's private story holds.
        """
        CREATE VIRTUAL TABLE search USING fts5(
            title, body, tags, organizations, place,
            content='files', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')
        """,
        """
        CREATE VIRTUAL TABLE search_private USING fts5(
            title, body, tags, organizations, place,
            content='files', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')
        """,
        """
        CREATE TRIGGER files_added AFTER INSERT ON files WHEN new.share IN ('network', 'public') BEGIN
            INSERT INTO search (rowid, title, body, tags, organizations, place)
            VALUES (new.rowid, new.title, new.body, new.tags, new.organizations, new.place);
        END
        """,
        """
        CREATE TRIGGER files_added_private AFTER INSERT ON files WHEN new.share IS NULL OR new.share NOT IN ('network', 'public') BEGIN
            INSERT INTO search_private (rowid, title, body, tags, organizations, place)
            VALUES (new.rowid, new.title, new.body, new.tags, new.organizations, new.place);
        END
        """,
        """
        CREATE TRIGGER files_removed AFTER DELETE ON files WHEN old.share IN ('network', 'public') BEGIN
            INSERT INTO search (search, rowid, title, body, tags, organizations, place)
            VALUES ('delete', old.rowid, old.title, old.body, old.tags, old.organizations, old.place);
        END
        """,
        """
        CREATE TRIGGER files_removed_private AFTER DELETE ON files WHEN old.share IS NULL OR old.share NOT IN ('network', 'public') BEGIN
            INSERT INTO search_private (search_private, rowid, title, body, tags, organizations, place)
            VALUES ('delete', old.rowid, old.title, old.body, old.tags, old.organizations, old.place);
        END
        """,
    ]

    /// Drops whatever the file holds and creates the tables anew.
    static func create(_ db: Database) throws {
        for table in ["search", "search_private", "cross_diagnostics", "cross_errors", "diagnostics", "files", "meta"] {
            try db.execute(sql: "DROP TABLE IF EXISTS \(table)")
        }
        for statement in tables { try db.execute(sql: statement) }
    }
}
