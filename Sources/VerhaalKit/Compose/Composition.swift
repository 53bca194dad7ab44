/// What a narrative holds: a YAML file in `Stories/verhalen/`, or the built-in
/// `wenkend-perspectief` template when no file of that name exists.
public struct Composition: Sendable, Equatable {
    /// The name: the file name without `.yaml`.
    public var id: String
    public var title: String?
    public var subtitle: String?
    public var audience: Audience = .network
    /// The document's date; without it the export carries the day it is made
    /// (`SOURCE_DATE_EPOCH` makes that reproducible).
    public var date: LocalDate?
    /// Whether a lesson, perspective or section without stories is still shown
    /// (`show-empty: true`); by default it is left out.
    public var showsEmptySections = false
    /// Whether the document replaces listed names and tellers (`pseudonyms:`); nil: only for
    /// the public.
    public var usesPseudonyms: Bool?
    /// Without authors, the tellers of the entries used are the authors.
    public var authors: [String]?
    /// Who the document is from, on its title page: "Netwerk Wonen en Zorg Brabant".
    public var organisation: String?
    /// What the document is for, on its title page: "Ter bespreking in de vergadering van 15 juni".
    public var purpose: String?
    /// Who reads it (`readers: board|network`); nil: a board for the public, the network otherwise.
    public var readers: Readers?

    /// Whom the document is written for: a board reads the patterns in plain words with the
    /// statistics in the appendix; the network reads them beside the patterns.
    public enum Readers: String, Sendable, Equatable {
        case board, network
    }

    /// The readers, with the default for the audience.
    public var effectiveReaders: Readers { readers ?? (audience == .public ? .board : .network) }
    /// Markdown for the introduction.
    public var intro: String?
    /// Markdown for the closing section.
    public var closing: String?
    /// Whether the introduction shows the travel route (default: yes).
    public var showsRoute = true
    /// Whether each story shows its teller's answers to the story questions under its meta
    /// line (`answers: true`; default: no, so exports stay as they were).
    public var showsAnswers = false
    /// Whether the document gets the chapter "Wat de verhalen samen laten zien" with the
    /// patterns marked remarkable that have observations (`patterns: remarkable`).
    public var showsRemarkablePatterns = false
    /// The round whose choices become the chapter "Meest betekenisvolle verhalen"
    /// (`selections: ROUND`), with the reasons, any dissent and the chain of rounds.
    public var selections: String?
    /// The sessions whose outcomes become the chapter "Uit de sessies" (`sessions:` with
    /// optional `since` and `until`); nil leaves the chapter out.
    public var sessions: DateRange?
    /// Which entries may go in at all.
    public var filter = EntryQuery()
    /// When given, exactly these entries, in this order, are the pool.
    public var entries: [String] = []
    /// Entries left out.
    public var exclude: [String] = []
    /// Quotes shown first, set apart, in the sections they belong to.
    public var highlight: [String] = []
    /// Custom sections; nil means the wenkend-perspectief structure (lessons, then perspectives).
    public var sections: [CompositionSection]?

    /// The name of the built-in template.
    public static let defaultName = "wenkend-perspectief"

    public init(id: String) {
        self.id = id
    }
}

/// A period, both ends optional and included.
public struct DateRange: Sendable, Equatable {
    public var since: LocalDate?
    public var until: LocalDate?

    public init(since: LocalDate? = nil, until: LocalDate? = nil) {
        self.since = since
        self.until = until
    }

    public func contains(_ date: LocalDate) -> Bool {
        (since.map { $0 <= date } ?? true) && (until.map { date <= $0 } ?? true)
    }
}

/// One custom section of a composition.
public struct CompositionSection: Sendable, Equatable {
    public var title: String
    /// Markdown shown before the stories.
    public var intro: String?
    /// Which stories go in (applied to the composition's pool).
    public var filter = EntryQuery()
    /// When given, exactly these entries, in this order.
    public var entries: [String] = []

    public init(title: String) {
        self.title = title
    }
}
