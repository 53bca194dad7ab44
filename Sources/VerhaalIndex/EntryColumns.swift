import GRDB
import VerhaalKit

/// How an entry is stored in the `files` table, one column per field. Lists are joined with
/// U+001F, a control character no entry without errors can hold (an entry with errors is only
/// used for its id and visit). An empty list is NULL, so `[""]` and `[]` stay apart.
enum EntryColumns {
    static let names = [
        "id", "kind", "title", "date", "teller", "visit", "place", "organizations", "lessons", "perspectives",
        "tags", "share", "speaker", "role", "source", "body", "extra_keys", "visit_line", "answers",
    ]
    /// The columns read back, `path` first; `body` and `answers` are left out of a light read.
    static func selection(bodies: Bool) -> String {
        (["path"] + names.map { !bodies && $0 == "body" ? "NULL" : $0 }).joined(separator: ", ")
    }

    private static let separator: Character = "\u{1F}"
    private static let answerSeparator: Character = "\u{1E}"

    static func values(of entry: Entry?) -> [(any DatabaseValueConvertible)?] {
        guard let entry else { return Array(repeating: nil, count: names.count) }
        return [
            entry.id, entry.kind.rawValue, entry.title, entry.date.description, entry.teller, entry.visit, entry.place,
            list(entry.organizations), list(entry.lessons), list(entry.perspectives), list(entry.tags),
            entry.share.rawValue, entry.speaker, entry.role, entry.source, entry.body, list(entry.extraKeys),
            entry.visitLine, answers(entry.answers),
        ]
    }

    /// The entry of a row selected with `selection(bodies:)`, or nil for a file that had none.
    static func entry(from row: Row) -> Entry? {
        guard let id: String = row[1], let kindText: String = row[2], let kind = EntryKind(rawValue: kindText),
            let dateText: String = row[4], let date = LocalDate(dateText), let shareText: String = row[12],
            let share = ShareLevel(rawValue: shareText)
        else { return nil }
        return Entry(
            id: id, path: row[0], kind: kind, title: row[3], date: date, teller: row[5], visit: row[6], place: row[7],
            organizations: list(row[8]), lessons: list(row[9]), perspectives: list(row[10]), tags: list(row[11]),
            share: share, speaker: row[13], role: row[14], source: row[15], body: row[16] ?? "",
            extraKeys: list(row[17]), visitLine: row[18], answers: answers(row[19]))
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
