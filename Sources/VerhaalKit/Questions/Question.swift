/// A question a teller answers about their own story (or about themselves): a signifier in
/// the sense of SenseMaker and Participatory Narrative Inquiry. Framework data, like the
/// lessons: the essay's default, or a network's own in `verhaal.yaml`.
public struct Question: Sendable, Equatable, Codable {
    /// How a question is answered.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A whole number from 0 to 100 between a left and a right label.
        case scale
        /// One of the options.
        case choice
        /// Several of the options, at most `maximum`.
        case choices
        /// Yes or no.
        case yesno
        /// A short free text, at most 200 characters.
        case text
    }

    /// What the question is about: the story, or the teller (then asked once per teller).
    public enum About: String, Sendable, Codable {
        case story, teller
    }

    public var id: String
    public var type: Kind
    public var about: About
    /// The question as it is asked.
    public var prompt: String
    /// The options of a choice or choices question.
    public var options: [QuestionOption]
    /// The labels at the ends of a scale.
    public var left: String?
    public var right: String?
    /// The most options a choices question takes.
    public var maximum: Int?
    /// The lessons the question belongs to, if any.
    public var lessons: [String]

    /// The longest text answer.
    public static let maximumTextLength = 200
    /// The range of a scale.
    public static let scaleRange = 0...100

    public init(
        id: String, type: Kind, about: About = .story, prompt: String, options: [QuestionOption] = [],
        left: String? = nil, right: String? = nil, maximum: Int? = nil, lessons: [String] = []
    ) {
        self.id = id
        self.type = type
        self.about = about
        self.prompt = prompt
        self.options = options
        self.left = left
        self.right = right
        self.maximum = maximum
        self.lessons = lessons
    }

    enum CodingKeys: String, CodingKey {
        case id, type, about, prompt, options, left, right, maximum, lessons
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        type = try container.decode(Kind.self, forKey: .type)
        about = try container.decodeIfPresent(About.self, forKey: .about) ?? .story
        prompt = try container.decode(String.self, forKey: .prompt)
        options = try container.decodeIfPresent([QuestionOption].self, forKey: .options) ?? []
        left = try container.decodeIfPresent(String.self, forKey: .left)
        right = try container.decodeIfPresent(String.self, forKey: .right)
        maximum = try container.decodeIfPresent(Int.self, forKey: .maximum)
        lessons = try container.decodeIfPresent([String].self, forKey: .lessons) ?? []
    }

    /// The option with this id.
    public func option(_ id: String) -> QuestionOption? {
        options.first { $0.id == id }
    }

    /// How an answer reads: `72 (de eigen organisatie ↔ het netwerk)`, `regie nemen, ruimte bieden`.
    public func label(of answer: Answer, in language: Language = .dutch) -> String {
        let (yes, no) = language.yesNo
        return switch answer {
        case .scale(let value): "\(value) (\(left ?? "0") ↔ \(right ?? "100"))"
        case .choice(let id): option(id)?.title ?? id
        case .choices(let ids): ids.map { option($0)?.title ?? $0 }.joined(separator: ", ")
        case .yesno(let value): value ? yes : no
        case .text(let text): text
        }
    }
}

/// One option of a choice question.
public struct QuestionOption: Sendable, Equatable, Codable {
    public var id: String
    public var title: String

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}
