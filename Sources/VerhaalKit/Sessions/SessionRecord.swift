/// The record of a sensemaking session (`Stories/sessies/NAME.md`): who met, which stories
/// resonated and why, and what came out of it. Not an entry.
public struct SessionRecord: Sendable, Equatable {
    /// The file name without `.md`.
    public var id: String
    public var path: String
    public var title: String
    public var date: LocalDate
    public var facilitator: String
    /// The participants' names; empty when only a count is given.
    public var participantNames: [String]
    /// How many took part (the names' count when names are given).
    public var participantCount: Int?
    /// The spelvorm played (1–5), if any.
    public var spelvorm: Int?
    public var resonant: [ResonantStory]
    public var outcomes: [SessionOutcome]
    /// The record itself: the body, in Markdown.
    public var text: String

    /// A record without outcomes and without resonant stories is still being written: `check`
    /// warns, and no document shows it.
    public var isDraft: Bool { resonant.isEmpty && outcomes.isEmpty }
}

/// A story that resonated in a session, how, and why.
public struct ResonantStory: Sendable, Equatable {
    /// How a story resonated, as Participatory Narrative Inquiry names it.
    public enum Kind: String, Sendable, CaseIterable {
        /// The story turned the conversation.
        case pivot
        /// It gave a voice to someone seldom heard.
        case voice
        /// Something new was seen in it.
        case discovery
        case other
    }

    public var story: String
    public var kind: Kind
    public var why: String
}

/// What came out of a session.
public struct SessionOutcome: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case discovery, learning, idea, concern, dilemma, opportunity, recommendation, other
    }

    public var kind: Kind
    public var text: String
}
