import VerhaalKit

/// The story questions on the record form: which inputs a question has, what was posted in
/// them, and the answers they give. A scale has a range input `answer-ID` and a checkbox
/// `na-ID` ("niet van toepassing") that starts checked, so an untouched slider stays
/// unanswered; a choice and yes/no have radio buttons with a "not applicable" one; choices have
/// checkboxes named `answer-ID[]` (the form decoder refuses a repeated name without `[]`); a text
/// has a text input.
struct AnswerInputs: Sendable {
    /// Values posted per input name.
    private(set) var values: [String: [String]] = [:]

    init(pairs: [(name: String, value: String)]) {
        for (name, value) in pairs where name.hasPrefix("answer-") || name.hasPrefix("na-") {
            values[name, default: []].append(value)
        }
    }

    /// The inputs as the member's earlier answers would fill them.
    init(answers: [String: Answer]) {
        for (id, answer) in answers {
            let name = if case .choices = answer { "answer-\(id)[]" } else { "answer-\(id)" }
            values[name] = answer.yamlText
        }
    }

    init() {}

    static func inputName(_ question: Question) -> String {
        question.type == .choices ? "answer-\(question.id)[]" : "answer-\(question.id)"
    }
    static func notApplicableName(_ question: Question) -> String { "na-\(question.id)" }

    /// The answer the inputs give, as the form writes it; nil for "not applicable".
    func answer(to question: Question) -> QuestionAnswer? {
        let given = (values[Self.inputName(question)] ?? []).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        if question.type == .scale && values[Self.notApplicableName(question)] != nil { return nil }
        guard !given.isEmpty else { return nil }
        return QuestionAnswer(question: question.id, values: question.type == .choices ? given : [given[0]])
    }

    /// What a scale's "not applicable" box shows: checked unless the scale was answered.
    func isNotApplicable(_ question: Question) -> Bool {
        values[Self.notApplicableName(question)] != nil || values[Self.inputName(question)] == nil
    }

    func posted(_ question: Question) -> [String] {
        values[Self.inputName(question)] ?? []
    }
}
