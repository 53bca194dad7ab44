/// One story an import wants to write: the draft, where it came from in the source file (for
/// every message), and, for a story heard at a visit the same import makes, that visit's item.
public struct ImportItem: Sendable, Equatable {
    /// Where it came from, e.g. `row 4` or `heading 'Zes indicatoren' (line 12)`.
    public var origin: String
    public var draft: EntryDraft
    /// The index, in the same import, of the travel-log entry this story was heard at; its
    /// planned id becomes the draft's visit.
    public var visitItem: Int?
    /// The id it asks for (a CSV written by `list --csv` keeps its ids); nil makes one from
    /// the title.
    public var id: String?

    public init(origin: String, draft: EntryDraft, visitItem: Int? = nil, id: String? = nil) {
        self.origin = origin
        self.draft = draft
        self.visitItem = visitItem
        self.id = id
    }

    /// What makes two stories the same story for an import run twice: kind, title, date,
    /// teller and text, with the text's surrounding blank lines and line endings ignored.
    public var fingerprint: String {
        Self.fingerprint(kind: draft.kind, title: draft.title, date: draft.dateText, teller: draft.teller, body: draft.body)
    }

    static func fingerprint(kind: EntryKind, title: String, date: String, teller: String, body: String) -> String {
        let text = body.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return [kind.rawValue, title.trimmingCharacters(in: .whitespaces), date, teller.trimmingCharacters(in: .whitespaces), text]
            .joined(separator: "\u{1F}")
    }
}
