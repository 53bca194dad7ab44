/// One story in the library: a travel-log entry, an anecdote or a quote.
///
/// The id is the file name without `.md`; every other field comes from the front matter.
public struct Entry: Sendable, Equatable, Codable {
    public var id: String
    /// Path of the file relative to the library root, e.g. `Stories/anekdotes/zes-indicatoren.md`.
    public var path: String
    public var kind: EntryKind
    public var title: String
    public var date: LocalDate
    /// The network member who recorded it.
    public var teller: String
    /// Id of the travel-log entry it was heard at.
    public var visit: String?
    public var place: String?
    public var organizations: [String]
    /// Lesson ids from the framework.
    public var lessons: [String]
    /// Perspective ids from the framework.
    public var perspectives: [String]
    public var tags: [String]
    public var share: ShareLevel
    /// For quotes: who said it.
    public var speaker: String?
    /// For quotes: the speaker's role.
    public var role: String?
    /// For quotes: where it was said or written.
    public var source: String?
    /// The Markdown body, exactly as in the file.
    public var body: String
    /// Front-matter keys Verhaal does not know, kept as they are.
    public var extraKeys: [String]
    /// 1-based line of each front-matter key in the file, for diagnostics.
    public var keyLines: [String: Int]

    public init(
        id: String, path: String, kind: EntryKind, title: String, date: LocalDate, teller: String,
        visit: String? = nil, place: String? = nil, organizations: [String] = [],
        lessons: [String] = [], perspectives: [String] = [], tags: [String] = [],
        share: ShareLevel = .network, speaker: String? = nil, role: String? = nil,
        source: String? = nil, body: String = "", extraKeys: [String] = [],
        keyLines: [String: Int] = [:]
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
        self.keyLines = keyLines
    }

    /// Library order: by date, then by id.
    public static func libraryOrder(_ lhs: Entry, _ rhs: Entry) -> Bool {
        (lhs.date, lhs.id) < (rhs.date, rhs.id)
    }
}
