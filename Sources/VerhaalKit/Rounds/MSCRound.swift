/// A Most Significant Change round (`Stories/rondes/NAME.md`): a panel reads the candidate
/// stories and chooses, per domain of change, the most significant one, and says why. A round
/// `after` another takes that round's chosen stories as its candidates: network table → board.
public struct MSCRound: Sendable, Equatable {
    /// The file name without `.md`.
    public var id: String
    public var path: String
    public var panel: String
    public var date: LocalDate
    /// The round whose chosen stories are this one's candidates.
    public var after: String?
    public var isClosed: Bool
    /// The ids of the domains of change the panel chooses for.
    public var domains: [String]
    /// The ids of the stories the panel reads.
    public var candidates: [String]
    public var choices: [RoundChoice]
    /// Choices the panel replaced later, oldest first, with their reasons and dissent: the
    /// round's record keeps what was said.
    public var replaced: [RoundChoice] = []
    /// A free-text note: the body.
    public var note: String

    public init(
        id: String, path: String, panel: String, date: LocalDate, after: String? = nil, isClosed: Bool = false, domains: [String],
        candidates: [String], choices: [RoundChoice] = [], note: String = ""
    ) {
        self.id = id
        self.path = path
        self.panel = panel
        self.date = date
        self.after = after
        self.isClosed = isClosed
        self.domains = domains
        self.candidates = candidates
        self.choices = choices
        self.note = note
    }

    /// The choice for a domain, if the panel made one.
    public func choice(for domain: String) -> RoundChoice? {
        choices.first { $0.domain == domain }
    }

    /// The stories chosen, in the order of the domains.
    public var chosenStories: [String] {
        var seen = Set<String>()
        return domains.compactMap { choice(for: $0)?.story }.filter { seen.insert($0).inserted }
    }

    /// The domains without a choice (nor a stated "geen keuze").
    public var openDomains: [String] {
        domains.filter { choice(for: $0) == nil }
    }
}

/// A panel's choice in one domain: a story, or none ("geen keuze"), with the reasons and any
/// dissent.
public struct RoundChoice: Sendable, Equatable {
    /// What a round file says for a domain without a story.
    public static let noChoice = "geen keuze"

    public var domain: String
    /// The chosen story's id; nil for "geen keuze".
    public var story: String?
    public var reason: String
    public var dissent: String?

    public init(domain: String, story: String?, reason: String, dissent: String? = nil) {
        self.domain = domain
        self.story = story
        self.reason = reason
        self.dissent = dissent
    }
}
