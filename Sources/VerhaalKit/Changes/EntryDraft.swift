import Foundation

/// A new entry before it has an id and a file: what `add` and the web form collect.
///
/// Values are kept as given, also wrong ones (a date that does not exist, an unknown lesson or
/// share level): the parser that `check` uses judges the file the draft becomes, so every rule
/// lives there and reaches `add` and the form as a coded diagnostic with its field.
public struct EntryDraft: Sendable, Equatable {
    public var kind: EntryKind
    public var title: String
    /// The date as given, `YYYY-MM-DD` when it is right.
    public var dateText: String
    public var teller: String
    public var visit: String?
    public var place: String?
    public var organizations: [String] = []
    public var lessons: [String] = []
    public var perspectives: [String] = []
    public var tags: [String] = []
    /// The share level as given: `private`, `network` or `public` when it is right.
    public var shareText = ShareLevel.network.rawValue
    public var speaker: String?
    public var role: String?
    public var source: String?
    public var body: String = ""
    /// Answers to the story questions, in the framework's order; an unanswered question is
    /// simply not here.
    public var answers: [QuestionAnswer] = []
    /// Other people the story names.
    public var people: [String] = []
    /// What the speaker and the people agreed to, by name.
    public var consent: [String: Consent] = [:]

    public init(kind: EntryKind, title: String, date: LocalDate, teller: String) {
        self.init(kind: kind, title: title, dateText: date.description, teller: teller)
    }

    public init(kind: EntryKind, title: String, dateText: String, teller: String) {
        self.kind = kind
        self.title = title
        self.dateText = dateText
        self.teller = teller
    }

    /// The date, when `dateText` is one.
    public var date: LocalDate? { LocalDate(dateText) }

    /// The share level; setting it sets `shareText`.
    public var share: ShareLevel {
        get { ShareLevel(rawValue: shareText) ?? .network }
        set { shareText = newValue.rawValue }
    }

    /// The id `add` tries first: the title as a slug, prefixed by the date for travel-log entries.
    public var preferredID: String {
        let slug = EntryID.slug(from: title)
        return kind == .travelLog ? "\(EntryID.slug(from: dateText))-\(slug)" : slug
    }

    /// The file text: front matter in a fixed key order, a blank line, and the body.
    public func fileText() throws -> String {
        var lines = ["---"]
        func add(_ key: String, _ value: String?) throws {
            guard let value, !value.isEmpty else { return }
            lines.append(try YAMLValue.line(key: key, text: value))
        }
        func add(_ key: String, _ list: [String]) throws {
            guard !list.isEmpty else { return }
            lines.append(try YAMLValue.line(key: key, list: list))
        }
        try add(EntryFields.kind, kind.rawValue)
        try add(EntryFields.title, title)
        try add(EntryFields.date, dateText)
        try add(EntryFields.teller, teller)
        try add(EntryFields.speaker, speaker)
        try add(EntryFields.role, role)
        try add(EntryFields.source, source)
        try add(EntryFields.visit, visit)
        try add(EntryFields.place, place)
        try add(EntryFields.organizations, organizations)
        try add(EntryFields.lessons, lessons)
        try add(EntryFields.perspectives, perspectives)
        try add(EntryFields.tags, tags)
        try add(EntryFields.share, shareText)
        try add(EntryFields.people, people)
        if !consent.isEmpty { lines.append(try YAMLValue.line(key: EntryFields.consent, consent: consent)) }
        if !answers.isEmpty { lines.append(try YAMLValue.line(key: EntryFields.answers, answers: answers)) }
        lines.append("---")
        var text = lines.joined(separator: "\n") + "\n"
        let trimmedBody = body.trimmingCharacters(in: .newlines)
        if !trimmedBody.isEmpty { text += "\n" + trimmedBody + "\n" }
        return text
    }
}
