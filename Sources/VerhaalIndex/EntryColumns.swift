import GRDB
import VerhaalKit

/// How an entry is stored in the `files` table, one column per field. Lists are joined with
/// U+001F, a control character no entry without errors can hold (an entry with errors is only
/// used for its id and visit). An empty list is NULL, so `[""]` and `[]` stay apart.
enum EntryColumns {
    static let names = EntryColumn.allCases.map(\.rawValue)
    /// The columns read back, `path` first; `body` and `answers` are left out of a light read.
    static func selection(bodies: Bool) -> String {
        (["path"] + names.map { !bodies && $0 == "body" ? "NULL" : $0 }).joined(separator: ", ")
    }

    private static let separator: Character = "\u{1F}"
    private static let answerSeparator: Character = "\u{1E}"

    /// The values of an entry's columns, in the order of `names`.
    static func values(of entry: Entry?) -> [(any DatabaseValueConvertible)?] {
        guard let entry else { return Array(repeating: nil, count: names.count) }
        return EntryColumn.allCases.map { column -> (any DatabaseValueConvertible)? in
            switch column {
            case .id: entry.id
            case .kind: entry.kind.rawValue
            case .title: entry.title
            case .date: entry.date.description
            case .teller: entry.teller
            case .visit: entry.visit
            case .place: entry.place
            case .organizations: list(entry.organizations)
            case .lessons: list(entry.lessons)
            case .perspectives: list(entry.perspectives)
            case .tags: list(entry.tags)
            case .share: entry.share.rawValue
            case .speaker: entry.speaker
            case .role: entry.role
            case .source: entry.source
            case .body: entry.body
            case .extraKeys: list(entry.extraKeys)
            case .visitLine: entry.visitLine
            case .answers: answers(entry.answers)
            case .people: list(entry.people)
            case .consent: list(entry.consent.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value.written] })
            }
        }
    }

    /// The entry of a row selected with `selection(bodies:)`, or nil for a file that had none.
    static func entry(from row: Row) -> Entry? {
        guard let id: String = row[.id], let kindText: String = row[.kind], let kind = EntryKind(rawValue: kindText),
            let dateText: String = row[.date], let date = LocalDate(dateText), let shareText: String = row[.share],
            let share = ShareLevel(rawValue: shareText)
        else { return nil }
        return Entry(
            id: id, path: row[0], kind: kind, title: row[.title], date: date, teller: row[.teller], visit: row[.visit],
            place: row[.place], organizations: list(row[.organizations]), lessons: list(row[.lessons]),
            perspectives: list(row[.perspectives]), tags: list(row[.tags]), share: share, speaker: row[.speaker],
            role: row[.role], source: row[.source], body: row[.body] ?? "", extraKeys: list(row[.extraKeys]),
            visitLine: row[.visitLine], answers: answers(row[.answers]), people: list(row[.people]), consent: consent(row[.consent]))
    }

    /// The consent column: name and level in turn, as a list.
    private static func consent(_ text: String?) -> [String: Consent] {
        let values = list(text)
        return Dictionary(
            stride(from: 0, to: values.count - 1, by: 2).compactMap { index in
                Consent(written: values[index + 1]).map { (values[index], $0) }
            }
        ) { first, _ in first }
    }

    private static func list(_ values: [String]) -> String? {
        values.isEmpty ? nil : values.joined(separator: String(separator))
    }

    private static func list(_ text: String?) -> [String] {
        guard let text else { return [] }
        return split(text, at: 0x1F)
    }

    /// Splits at an ASCII byte, on the UTF-8 bytes: far cheaper than splitting characters, and
    /// the same, since an ASCII byte is never part of another character in UTF-8.
    private static func split(_ text: some StringProtocol, at byte: UInt8) -> [String] {
        text.utf8.split(separator: byte, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Each answer as `question␟kind␟value…`, the answers joined with U+001E.
    private static func answers(_ answers: [String: Answer]) -> String? {
        guard !answers.isEmpty else { return nil }
        return answers.keys.sorted().map { question in
            let answer = answers[question]!
            let kind =
                switch answer {
                case .scale: "s"
                case .choice: "c"
                case .choices: "m"
                case .yesno: "y"
                case .text: "t"
                }
            return ([question, kind] + answer.yamlText).joined(separator: String(separator))
        }.joined(separator: String(answerSeparator))
    }

    private static func answers(_ text: String?) -> [String: Answer] {
        guard let text else { return [:] }
        var answers: [String: Answer] = [:]
        for record in text.utf8.split(separator: 0x1E) {
            let parts = split(String(decoding: record, as: UTF8.self), at: 0x1F)
            guard parts.count >= 2 else { continue }
            let values = Array(parts.dropFirst(2))
            let answer: Answer? =
                switch parts[1] {
                case "s": values.first.flatMap { Int($0) }.map { .scale($0) }
                case "c": values.first.map { .choice($0) }
                case "m": .choices(values)
                case "y": values.first.map { .yesno($0 == "yes") }
                case "t": values.first.map { .text($0) }
                default: nil
                }
            answers[parts[0]] = answer
        }
        return answers
    }
}
