/// One story in the library: a travel-log entry, an anecdote or a quote.
///
/// The id is the file name without `.md`; every other field comes from the front matter.
/// A class, since entries are read once and then passed around and sorted by the thousand:
/// sharing them is much cheaper than copying seventeen fields each time.
public final class Entry: Sendable, Equatable, Codable {
    public let id: String
    /// Path of the file relative to the library root, e.g. `Stories/anekdotes/zes-indicatoren.md`.
    public let path: String
    public let kind: EntryKind
    public let title: String
    public let date: LocalDate
    /// The network member who recorded it.
    public let teller: String
    /// Id of the travel-log entry it was heard at.
    public let visit: String?
    public let place: String?
    public let organizations: [String]
    /// Lesson ids from the framework.
    public let lessons: [String]
    /// Perspective ids from the framework.
    public let perspectives: [String]
    public let tags: [String]
    public let share: ShareLevel
    /// For quotes: who said it.
    public let speaker: String?
    /// For quotes: the speaker's role.
    public let role: String?
    /// For quotes: where it was said or written.
    public let source: String?
    /// The Markdown body, exactly as in the file.
    public let body: String
    /// Front-matter keys Verhaal does not know, kept as they are.
    public let extraKeys: [String]
    /// 1-based line of the `visit` key in the file, for diagnostics across entries.
    public let visitLine: Int?
    /// The teller's answers to the story questions, by question id; an unanswered question
    /// has no key.
    public let answers: [String: Answer]
    /// Other people the story names (residents, aldermen, colleagues), for consent and
    /// privacy requests.
    public let people: [String]
    /// What each person quoted or named agreed to, by name.
    public let consent: [String: Consent]

    public init(
        id: String, path: String, kind: EntryKind, title: String, date: LocalDate, teller: String,
        visit: String? = nil, place: String? = nil, organizations: [String] = [],
        lessons: [String] = [], perspectives: [String] = [], tags: [String] = [],
        share: ShareLevel = .network, speaker: String? = nil, role: String? = nil,
        source: String? = nil, body: String = "", extraKeys: [String] = [],
        visitLine: Int? = nil, answers: [String: Answer] = [:], people: [String] = [], consent: [String: Consent] = [:]
    ) {
        self.id = id
        self.path = path
        self.kind = kind
        self.title = title
        self.date = date
        self.teller = teller
        self.visit = visit
        self.place = place
        self.organizations = organizations
        self.lessons = lessons
        self.perspectives = perspectives
        self.tags = tags
        self.share = share
        self.speaker = speaker
        self.role = role
        self.source = source
        self.body = body
        self.extraKeys = extraKeys
        self.visitLine = visitLine
        self.answers = answers
        self.people = people
        self.consent = consent
    }

    public static func == (lhs: Entry, rhs: Entry) -> Bool {
        lhs === rhs
            || (lhs.id == rhs.id && lhs.path == rhs.path && lhs.kind == rhs.kind
                && lhs.title == rhs.title && lhs.date == rhs.date && lhs.teller == rhs.teller
                && lhs.visit == rhs.visit && lhs.place == rhs.place && lhs.organizations == rhs.organizations
                && lhs.lessons == rhs.lessons && lhs.perspectives == rhs.perspectives && lhs.tags == rhs.tags
                && lhs.share == rhs.share && lhs.speaker == rhs.speaker && lhs.role == rhs.role
                && lhs.source == rhs.source && lhs.body == rhs.body && lhs.extraKeys == rhs.extraKeys
                && lhs.visitLine == rhs.visitLine && lhs.answers == rhs.answers && lhs.people == rhs.people
                && lhs.consent == rhs.consent)
    }

    /// Library order: by date, then by id.
    public static func libraryOrder(_ lhs: Entry, _ rhs: Entry) -> Bool {
        (lhs.date, lhs.id) < (rhs.date, rhs.id)
    }

    /// `entries` sorted in library order. The same as `sorted(by: libraryOrder)`, on keys taken
    /// out once: at 100,000 entries, reading both entries' fields in every comparison took a
    /// third of a second.
    public static func inLibraryOrder(_ entries: [Entry]) -> [Entry] {
        let keys = entries.map { (day: $0.date.year * 10_000 + $0.date.month * 100 + $0.date.day, id: $0.id) }
        let order = keys.indices.sorted { keys[$0] < keys[$1] }
        return order.map { entries[$0] }
    }
}
