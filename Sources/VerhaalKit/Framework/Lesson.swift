/// One of the framework's lessons (the essay's five *leerervaringen*).
public struct Lesson: Sendable, Equatable, Codable {
    /// Short id used in front matter, e.g. `delen`.
    public var id: String
    /// Its number, so `--lesson 3` means the third lesson.
    public var number: Int
    public var title: String
    /// What the lesson says, in a few sentences.
    public var summary: String
    /// The game form (*spelvorm*) that lets a network practise the lesson.
    public var spelvorm: String

    public init(id: String, number: Int, title: String, summary: String, spelvorm: String) {
        self.id = id
        self.number = number
        self.title = title
        self.summary = summary
        self.spelvorm = spelvorm
    }

    /// How a reader sees it named: `3. Leiderschap: delen als rode draad`.
    public var label: String { "\(number). \(title)" }
}
