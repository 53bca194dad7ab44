/// One part of the *wenkend perspectief*: yourself, the director's role, the network.
public struct Perspective: Sendable, Equatable, Codable {
    /// Short id used in front matter, e.g. `bestuurder`.
    public var id: String
    public var title: String
    /// What this perspective asks of the reader.
    public var summary: String
    /// Questions to reflect on.
    public var questions: [String]

    public init(id: String, title: String, summary: String, questions: [String]) {
        self.id = id
        self.title = title
        self.summary = summary
        self.questions = questions
    }
}
