/// How often each question is answered, and each option chosen, over some entries: what
/// `verhaal questions` shows.
public struct QuestionCounts: Sendable, Encodable {
    public struct Row: Sendable, Encodable {
        public var id: String
        public var type: String
        public var about: String
        public var prompt: String
        public var left: String?
        public var right: String?
        public var maximum: Int?
        /// Entries that answer it.
        public var answered: Int
        /// Entries (of those it is asked of) that do not.
        public var unanswered: Int
        public var options: [OptionCount]
    }

    public struct OptionCount: Sendable, Encodable {
        public var id: String
        public var title: String
        public var count: Int
    }

    public var questions: [Row]

    public init(framework: Framework, entries: [Entry]) {
        questions = framework.questions.map { question in
            let answers = entries.compactMap { $0.answers[question.id] }
            let options = question.options.map { option in
                OptionCount(
                    id: option.id, title: option.title,
                    count: answers.filter { answer in
                        switch answer {
                        case .choice(let id): id == option.id
                        case .choices(let ids): ids.contains(option.id)
                        default: false
                        }
                    }.count)
            }
            return Row(
                id: question.id, type: question.type.rawValue, about: question.about.rawValue, prompt: question.prompt,
                left: question.left, right: question.right, maximum: question.maximum,
                answered: answers.count, unanswered: entries.count - answers.count, options: options)
        }
    }
}
