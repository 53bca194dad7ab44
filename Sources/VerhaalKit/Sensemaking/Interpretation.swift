/// One way to read an observation. An observation needs at least two that compete, so that a
/// network weighs readings instead of confirming the first one.
public struct Interpretation: Sendable, Equatable, Codable {
    public var title: String
    /// The reading, in Markdown.
    public var text: String
    /// Questions this reading raises, to ask in the network.
    public var questions: [String]
    /// An idea for what to do if this reading holds.
    public var idea: String?

    public init(title: String, text: String, questions: [String] = [], idea: String? = nil) {
        self.title = title
        self.text = text
        self.questions = questions
        self.idea = idea
    }
}
