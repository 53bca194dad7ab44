/// One printed story card for a sensemaking session: what a participant reads on the table.
public struct StoryCard: Sendable, Equatable {
    public var id: String
    public var title: String
    /// "anekdote · 24 oktober 2019 · Lilian van Zandbrink" (or "anoniem").
    public var meta: String
    /// The story's text as plain text, shortened at a word with "(lees verder: ID)".
    public var text: String
    /// The lessons, as labels: "1. Focus op resultaat".
    public var lessons: [String]
    /// The teller's answers to the story questions: the question's short prompt and the answer.
    public var answers: [(question: String, answer: String)]
    /// For a scale question: where the answer lies, from 0 to 100 (a small bar on the card).
    public var scales: [(question: String, value: Int, left: String, right: String)]

    public static func == (lhs: StoryCard, rhs: StoryCard) -> Bool {
        lhs.id == rhs.id && lhs.title == rhs.title && lhs.meta == rhs.meta && lhs.text == rhs.text && lhs.lessons == rhs.lessons
            && lhs.answers.map { "\($0.question)=\($0.answer)" } == rhs.answers.map { "\($0.question)=\($0.answer)" }
            && lhs.scales.map { "\($0.question)=\($0.value)" } == rhs.scales.map { "\($0.question)=\($0.value)" }
    }
}
