/// Reads the `answers:` map of a front matter against the framework's questions: every rule
/// about answers, with the line and column of the value and a "did you mean" where one fits.
/// A diagnostic's field is `answers.QUESTION`, so a form shows it next to that question.
struct AnswerReader {
    let framework: Framework
    let path: String
    /// Added to YAML line numbers to get file line numbers.
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(framework: Framework, path: String, lineOffset: Int) {
        self.framework = framework
        self.path = path
        self.lineOffset = lineOffset
    }

    mutating func read(_ node: FrontMatterNode) -> [String: Answer] {
        guard let mapping = node.mapping else {
            if node.scalar.map({ ["", "~", "null"].contains($0.string) }) == true { return [:] }
            report(
                code: .answersNotAMap, at: node, field: EntryFields.answers,
                "'answers' must be a map of question ids and answers",
                hint: "e.g. answers: {pendule: 72, gevoel: hoopvol}")
            return [:]
        }
        var answers: [String: Answer] = [:]
        for (key, value) in mapping {
            guard let id = key.string else { continue }
            guard let question = framework.question(id) else {
                let suggestion = KeySuggestion.didYouMean(id, among: framework.questions.map(\.id))
                report(
                    code: .unknownQuestion, at: key, field: EntryFields.answer(id), "unknown question '\(id)'",
                    hint: suggestion + "the questions are: \(framework.questions.map(\.id).joined(separator: ", "))")
                continue
            }
            // An empty value is "not applicable": no answer, as if the key were not there.
            if let scalar = value.scalar, scalar.style == .plain, ["", "~", "null"].contains(scalar.string) { continue }
            if let answer = read(value, for: question) { answers[id] = answer }
        }
        return answers
    }

    private mutating func read(_ value: FrontMatterNode, for question: Question) -> Answer? {
        let field = EntryFields.answer(question.id)
        func wrongType(_ expected: String) {
            report(
                code: .wrongAnswerType, at: value, field: field,
                "the answer to '\(question.id)' must be \(expected)", hint: example(for: question))
        }
        switch question.type {
        case .scale:
            guard let text = value.scalar?.string else {
                wrongType("a whole number from 0 to 100")
                return nil
            }
            guard let number = Double(text) else {
                wrongType("a whole number from 0 to 100")
                return nil
            }
            guard number.rounded() == number, let whole = Int(exactly: number) else {
                report(
                    code: .scaleNotWhole, at: value, field: field, "the answer to '\(question.id)' is \(text), not a whole number",
                    hint: "write a whole number from 0 to 100, e.g. \(Int(number.rounded()))")
                return nil
            }
            guard Question.scaleRange.contains(whole) else {
                report(
                    code: .scaleOutOfRange, at: value, field: field,
                    "the answer to '\(question.id)' is \(whole), outside 0 to 100",
                    hint: "0 is \(question.left ?? "the left end"), 100 is \(question.right ?? "the right end")")
                return nil
            }
            return .scale(whole)
        case .choice:
            guard let id = value.scalar?.string.trimmingSpaces else {
                wrongType("one option")
                return nil
            }
            return option(id, of: question, at: value).map(Answer.choice)
        case .choices:
            let items: [FrontMatterNode]
            switch value {
            case .sequence(let sequence, _): items = sequence
            case .scalar: items = [value]
            default:
                wrongType("a list of options")
                return nil
            }
            var chosen: [String] = []
            for item in items {
                guard let id = item.scalar?.string.trimmingSpaces else {
                    wrongType("a list of options")
                    return nil
                }
                guard let known = option(id, of: question, at: item) else { continue }
                if chosen.contains(known) {
                    report(
                        code: .repeatedOption, at: item, field: field, "'\(known)' is chosen twice for '\(question.id)'",
                        hint: "name each option once")
                    continue
                }
                chosen.append(known)
            }
            if let maximum = question.maximum, chosen.count > maximum {
                report(
                    code: .tooManyChoices, at: value, field: field,
                    "'\(question.id)' takes at most \(maximum) options, and \(chosen.count) are chosen",
                    hint: "keep the \(maximum) that fit the story best")
                return nil
            }
            return chosen.isEmpty ? nil : .choices(chosen)
        case .yesno:
            switch value.scalar?.string.lowercased() {
            case "yes", "true", "ja": return .yesno(true)
            case "no", "false", "nee": return .yesno(false)
            default:
                wrongType("yes or no")
                return nil
            }
        case .text:
            guard let text = value.scalar?.string.trimmingSpaces else {
                wrongType("a short text")
                return nil
            }
            if text.count > Question.maximumTextLength {
                report(
                    code: .answerTooLong, at: value, field: field,
                    "the answer to '\(question.id)' is \(text.count) characters; at most \(Question.maximumTextLength) are allowed",
                    hint: "shorten it; the story itself goes in the text")
                return nil
            }
            return .text(text)
        }
    }

    /// The option's id, or nil (and a diagnostic with the closest option) when it is unknown.
    private mutating func option(_ id: String, of question: Question, at node: FrontMatterNode) -> String? {
        if question.option(id) != nil { return id }
        let ids = question.options.map(\.id)
        let suggestion = KeySuggestion.didYouMean(id, among: ids)
        report(
            code: .unknownOption, at: node, field: EntryFields.answer(question.id), "'\(id)' is not an option of '\(question.id)'",
            hint: suggestion + "the options are: \(ids.joined(separator: ", "))")
        return nil
    }

    private func example(for question: Question) -> String {
        switch question.type {
        case .scale: "e.g. \(question.id): 70"
        case .choice: "e.g. \(question.id): \(question.options.first?.id ?? "…")"
        case .choices: "e.g. \(question.id): [\(question.options.prefix(2).map(\.id).joined(separator: ", "))]"
        case .yesno: "e.g. \(question.id): yes"
        case .text: "e.g. \(question.id): \"a few words\""
        }
    }

    private mutating func report(code: DiagnosticCode, at node: FrontMatterNode, field: String, _ summary: String, hint: String) {
        diagnostics.append(
            Diagnostic(
                .error, code: code, file: path, line: node.mark.map { $0.line + lineOffset }, column: node.mark?.column,
                field: field, summary: summary, hint: hint))
    }
}
