import GRDB
import VerhaalKit

/// How a diagnostic is stored in the `diagnostics` table.
enum DiagnosticColumns {
    static let selection = #"file, severity, code, line, "column", field, list_index, summary, hint"#

    static func insert(_ diagnostic: Diagnostic, of path: String, position: Int, into db: Database, table: String = "diagnostics") throws {
        try db.cachedStatement(
            sql: #"""
                INSERT INTO \#(table) (path, position, file, severity, code, line, "column", field, list_index, summary, hint)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """#
        ).execute(
            arguments: [
                path, position, diagnostic.file, diagnostic.severity.rawValue, diagnostic.code.rawValue, diagnostic.line,
                diagnostic.column, diagnostic.field, diagnostic.index, diagnostic.summary, diagnostic.hint,
            ])
    }

    /// The diagnostic of a row whose columns from `offset` on are `selection`.
    static func diagnostic(from row: Row, offset: Int = 0) -> Diagnostic? {
        guard let severity = Diagnostic.Severity(rawValue: row[offset + 1]), let code = DiagnosticCode(rawValue: row[offset + 2])
        else { return nil }
        return Diagnostic(
            severity, code: code, file: row[offset], line: row[offset + 3], column: row[offset + 4], field: row[offset + 5],
            index: row[offset + 6], summary: row[offset + 7], hint: row[offset + 8])
    }
}
