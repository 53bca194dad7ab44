/// A teller's answer to one question. A question that is not answered ("niet van
/// toepassing") has no answer at all: it is never 50 and never the first option.
public enum Answer: Sendable, Equatable, Hashable {
    case scale(Int)
    case choice(String)
    case choices([String])
    case yesno(Bool)
    case text(String)

    /// The answer as front matter writes it: a number, an option id, a list of ids, yes/no, a text.
    public var yamlText: [String] {
        switch self {
        case .scale(let value): ["\(value)"]
        case .choice(let id): [id]
        case .choices(let ids): ids
        case .yesno(let value): [value ? "yes" : "no"]
        case .text(let text): [text]
        }
    }
}

extension Answer: Encodable {
    /// JSON as the value itself: `72`, `"hoopvol"`, `["regie", "ruimte"]`, `true`, `"tekst"`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .scale(let value): try container.encode(value)
        case .choice(let id): try container.encode(id)
        case .choices(let ids): try container.encode(ids)
        case .yesno(let value): try container.encode(value)
        case .text(let text): try container.encode(text)
        }
    }
}

extension Answer: Decodable {
    /// Read back from JSON: a number is a scale, a boolean yes/no, a list choices, a text a
    /// choice (JSON cannot tell a choice from a text; the question can).
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Int.self) {
            self = .scale(value)
        } else if let value = try? container.decode(Bool.self) {
            self = .yesno(value)
        } else if let values = try? container.decode([String].self) {
            self = .choices(values)
        } else {
            self = .choice(try container.decode(String.self))
        }
    }
}

/// One answered question as it is written in the front matter: the question's id and the
/// value, or values, as given. `add`, `edit` and the web form make these; the parser judges them.
public struct QuestionAnswer: Sendable, Equatable {
    public var question: String
    public var values: [String]

    public init(question: String, values: [String]) {
        self.question = question
        self.values = values
    }

    public init(question: String, answer: Answer) {
        self.init(question: question, values: answer.yamlText)
    }

    /// `pendule=72`, `leiderschap=regie,ruimte` or `gevoel=hoopvol`, as given on the command
    /// line; a choices question's values are separated by commas. Nil without `=`.
    public init?(argument: String, framework: Framework) {
        guard let equals = argument.firstIndex(of: "=") else { return nil }
        let question = argument[..<equals].trimmingCharacters(in: .whitespaces)
        let text = argument[argument.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        let isList = framework.question(question)?.type == .choices
        let values = isList ? text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } : [text]
        self.init(question: question, values: values.filter { !$0.isEmpty })
    }
}
