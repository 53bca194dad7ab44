import VerhaalKit

/// An entry as one row of a spreadsheet: one column per field and one per story question
/// (`answers.pendule`), lists joined by `; `. `list --csv` writes it and `import` reads it
/// back without a mapping.
public enum EntryTable {
    /// The separator of values in a list cell, also for a choices answer.
    public static let listSeparator = "; "
    static let textColumn = "text"
    static let idColumn = "id"

    /// The columns every table has, in order, before the answers.
    static let fieldColumns = [
        idColumn, EntryFields.kind, EntryFields.title, EntryFields.date, EntryFields.teller, EntryFields.speaker, EntryFields.role,
        EntryFields.source, EntryFields.visit, EntryFields.place, EntryFields.organizations, EntryFields.lessons,
        EntryFields.perspectives, EntryFields.tags, EntryFields.share, EntryFields.people, EntryFields.consent, textColumn,
    ]

    /// The header row for a library with this framework.
    public static func header(framework: Framework) -> [String] {
        fieldColumns + framework.questions.map { EntryFields.answer($0.id) }
    }

    /// The cells of one entry, in the order of `header(framework:)`.
    public static func row(_ entry: Entry, framework: Framework) -> [String] {
        let consent = entry.consent.keys.sorted().map { "\($0): \(entry.consent[$0]!.written)" }
        let fields = [
            entry.id, entry.kind.rawValue, entry.title, entry.date.description, entry.teller, entry.speaker ?? "", entry.role ?? "",
            entry.source ?? "", entry.visit ?? "", entry.place ?? "", joined(entry.organizations), joined(entry.lessons),
            joined(entry.perspectives), joined(entry.tags), entry.share.rawValue, joined(entry.people), joined(consent),
            entry.body.trimmingLineBreaks,
        ]
        return fields + framework.questions.map { question in entry.answers[question.id].map { joined($0.yamlText) } ?? "" }
    }

    static func joined(_ values: [String]) -> String { values.joined(separator: listSeparator) }

    /// A list cell's values: split at `;`, trimmed, empty ones left out.
    static func list(_ cell: String) -> [String] {
        cell.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
