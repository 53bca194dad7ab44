/// What someone saw in a pattern, with competing interpretations: a file in `Stories/duiding/`.
/// The front matter holds the fields; the text after it is the observation itself.
public struct Observation: Sendable, Equatable, Codable {
    /// The file name without `.md`.
    public var id: String
    /// The file, relative to the library root.
    public var path: String
    /// The pattern it is about, e.g. `pendule~rol`.
    public var pattern: String
    public var title: String
    /// 1 weak, 2 medium, 3 strong.
    public var strength: Int
    public var author: String
    public var date: LocalDate
    /// At least two.
    public var interpretations: [Interpretation]
    /// The observation, in Markdown.
    public var text: String
    /// What the pattern showed when the observation was written (`n:` and `q:`), so that
    /// `check` can say when the library has moved on.
    public var basis: Basis?

    /// The number of stories and the q-value an observation was written against.
    public struct Basis: Sendable, Equatable, Codable {
        public var n: Int
        public var q: Double?

        public init(n: Int, q: Double?) {
            self.n = n
            self.q = q
        }
    }

    public static let strengthRange = 1...3
    public static let minimumInterpretations = 2

    public init(
        id: String, path: String, pattern: String, title: String, strength: Int, author: String, date: LocalDate,
        interpretations: [Interpretation], text: String, basis: Basis? = nil
    ) {
        self.basis = basis
        self.id = id
        self.path = path
        self.pattern = pattern
        self.title = title
        self.strength = strength
        self.author = author
        self.date = date
        self.interpretations = interpretations
        self.text = text
    }
}
