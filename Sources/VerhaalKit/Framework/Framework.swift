import Foundation

/// The lessons and perspectives entries link to, and the questions tellers answer about their
/// stories. Data, not code: a library may bring its own.
public struct Framework: Sendable, Equatable, Codable {
    public var lessons: [Lesson]
    public var perspectives: [Perspective]
    /// The story questions; a framework in `verhaal.yaml` without `questions:` gets the essay's.
    public var questions: [Question]
    /// The domains of change a Most Significant Change round chooses a story for; without
    /// `domains:` in `verhaal.yaml`, the lessons and "Wat verandert er voor bewoners?".
    public var domains: [ChangeDomain]

    public init(
        lessons: [Lesson], perspectives: [Perspective], questions: [Question] = Framework.essayQuestions(.dutch),
        domains: [ChangeDomain]? = nil
    ) {
        self.lessons = lessons
        self.perspectives = perspectives
        self.questions = questions
        self.domains = domains ?? ChangeDomain.defaults(lessons: lessons, language: .dutch)
    }

    enum CodingKeys: String, CodingKey {
        case lessons, perspectives, questions, domains
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        lessons = try container.decode([Lesson].self, forKey: .lessons)
        perspectives = try container.decode([Perspective].self, forKey: .perspectives)
        hasOwnQuestions = container.contains(.questions)
        questions = try container.decodeIfPresent([Question].self, forKey: .questions) ?? Framework.essayQuestions(.dutch)
        hasOwnDomains = container.contains(.domains)
        domains =
            try container.decodeIfPresent([ChangeDomain].self, forKey: .domains)
            ?? ChangeDomain.defaults(lessons: lessons, language: .dutch)
    }

    /// True when `verhaal.yaml` gave the domains of change.
    public private(set) var hasOwnDomains = false

    /// The domain of change with this id.
    public func domain(_ id: String) -> ChangeDomain? {
        domains.first { $0.id == id }
    }

    /// True when `verhaal.yaml` gave the questions; otherwise they follow the library's language.
    public private(set) var hasOwnQuestions = false

    /// The question with this id.
    public func question(_ id: String) -> Question? {
        questions.first { $0.id == id }
    }

    /// Finds a lesson by id (`delen`) or by number (`3`).
    public func lesson(matching reference: String) -> Lesson? {
        let reference = reference.trimmingCharacters(in: .whitespaces)
        if let number = Int(reference) {
            return lessons.first { $0.number == number }
        }
        return lessons.first { $0.id == reference.lowercased() }
    }

    /// Finds a perspective by id (`netwerk`) or by its position (`3`).
    public func perspective(matching reference: String) -> Perspective? {
        let reference = reference.trimmingCharacters(in: .whitespaces)
        if let number = Int(reference), perspectives.indices.contains(number - 1) {
            return perspectives[number - 1]
        }
        return perspectives.first { $0.id == reference.lowercased() }
    }

    /// Problems in the framework itself: duplicate ids or numbers, empty titles.
    public func problems() -> [String] {
        var problems: [String] = []
        func duplicates<T: Hashable>(_ values: [T]) -> [T] {
            var seen = Set<T>()
            return values.filter { !seen.insert($0).inserted }
        }
        for id in duplicates(lessons.map(\.id)) { problems.append("lesson id '\(id)' appears twice") }
        for number in duplicates(lessons.map(\.number)) {
            problems.append("lesson number \(number) appears twice")
        }
        for id in duplicates(perspectives.map(\.id)) {
            problems.append("perspective id '\(id)' appears twice")
        }
        for id in lessons.map(\.id) + perspectives.map(\.id) where !EntryID.isValid(id) {
            problems.append("'\(id)' is not a valid id (lower-case letters, digits, hyphens)")
        }
        if lessons.isEmpty { problems.append("the framework has no lessons") }
        for id in duplicates(questions.map(\.id)) { problems.append("question id '\(id)' appears twice") }
        for id in duplicates(domains.map(\.id)) { problems.append("domain id '\(id)' appears twice") }
        for question in questions {
            if !EntryID.isValid(question.id) { problems.append("'\(question.id)' is not a valid question id") }
            let isChoice = question.type == .choice || question.type == .choices
            if isChoice && question.options.isEmpty { problems.append("question '\(question.id)' has no options") }
            for id in duplicates(question.options.map(\.id)) {
                problems.append("question '\(question.id)' has the option '\(id)' twice")
            }
            for lesson in question.lessons where !lessons.contains(where: { $0.id == lesson }) {
                problems.append("question '\(question.id)' names the unknown lesson '\(lesson)'")
            }
        }
        return problems
    }
}
