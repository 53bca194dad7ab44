import GRDB

/// One column of an entry in the `files` table, by its name. The cases' order is the order of
/// `EntryColumns.selection` after `path`, so a row is read by name at the speed of a position.
enum EntryColumn: String, CaseIterable {
    case id, kind, title, date, teller, visit, place, organizations, lessons, perspectives, tags, share, speaker, role, source, body
    case extraKeys = "extra_keys"
    case visitLine = "visit_line"
    case answers, people, consent

    /// The column's place in a row selected with `EntryColumns.selection`: `path` is 0.
    var position: Int { index + 1 }
}

extension Row {
    /// The value of an entry's column in a row selected with `EntryColumns.selection`.
    subscript<Value: DatabaseValueConvertible>(_ column: EntryColumn) -> Value? {
        self[column.position]
    }

    /// The value of a column that is never NULL for an entry (its title, its teller).
    @_disfavoredOverload
    subscript<Value: DatabaseValueConvertible>(_ column: EntryColumn) -> Value {
        self[column.position]
    }
}

extension EntryColumn {
    /// The case's index in `allCases`, without a search.
    var index: Int {
        switch self {
        case .id: 0
        case .kind: 1
        case .title: 2
        case .date: 3
        case .teller: 4
        case .visit: 5
        case .place: 6
        case .organizations: 7
        case .lessons: 8
        case .perspectives: 9
        case .tags: 10
        case .share: 11
        case .speaker: 12
        case .role: 13
        case .source: 14
        case .body: 15
        case .extraKeys: 16
        case .visitLine: 17
        case .answers: 18
        case .people: 19
        case .consent: 20
        }
    }
}
