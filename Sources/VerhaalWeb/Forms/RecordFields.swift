import VerhaalKit

/// The fields of the record form as posted. Lists of checkboxes are posted as `lessons[]`.
struct RecordFields: CSRFProtected {
    var csrf: String?
    var title: String?
    var date: String?
    var place: String?
    var visit: String?
    var organizations: String?
    var speaker: String?
    var role: String?
    var source: String?
    var text: String?
    var lessons: [String]?
    var perspectives: [String]?
    var tags: String?
    var share: String?
    /// What the speaker agreed to: `public`, `network` or `none`; empty when not asked.
    var consent: String?

    init() {}

    /// The fields as the form shows an entry to edit.
    init(entry: Entry, body: String) {
        title = entry.title
        date = entry.date.description
        place = entry.place
        visit = entry.visit
        organizations = entry.organizations.joined(separator: ", ")
        speaker = entry.speaker
        role = entry.role
        source = entry.source
        text = body
        lessons = entry.lessons
        perspectives = entry.perspectives
        tags = entry.tags.joined(separator: ", ")
        share = entry.share.rawValue
        consent = entry.speaker.flatMap { entry.consent[$0]?.level.rawValue }
    }

    /// How many items a comma-separated field has, counted without splitting it.
    static func itemCount(_ text: String?) -> Int {
        guard let text, !text.isEmpty else { return 0 }
        return text.utf8.reduce(1) { $1 == UInt8(ascii: ",") ? $0 + 1 : $0 }
    }

    /// A comma-separated field as a list, without empty items or duplicates.
    static func items(_ text: String?) -> [String] {
        var seen = Set<String>()
        return (text ?? "").split(separator: ",").compactMap { item in
            let value = item.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !value.isEmpty, seen.insert(value.lowercased()).inserted else { return nil }
            return value
        }
    }
}
