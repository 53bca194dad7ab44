extension AnswerCondition {
    /// What is wrong with this condition for `framework`, in the question's own words and with
    /// the nearest name where one was mistyped; nil when it can match: the question exists, the
    /// value is one its answers can have, and the operator fits its type (a scale takes every
    /// operator, the others `=` and `!=`). `list --answer` and every filter share it.
    public func problem(in framework: Framework) -> String? {
        guard let question = framework.question(self.question) else {
            let ids = framework.questions.map(\.id)
            let suggestion = KeySuggestion.closest(to: self.question, among: ids).map { "; did you mean '\($0)'?" } ?? ""
            return "unknown question '\(self.question)'\(suggestion) The questions are: \(ids.joined(separator: ", "))"
        }
        let about = "'\(question.id)' (\(question.prompt))"
        switch question.type {
        case .scale:
            let range = Question.scaleRange
            guard let number = Int(value), range.contains(number) else {
                let ends = "\(question.left ?? "\(range.lowerBound)") ↔ \(question.right ?? "\(range.upperBound)")"
                return "\(about) is a scale from \(range.lowerBound) to \(range.upperBound) (\(ends)); '\(value)' is not on it"
            }
            return nil
        case .choice, .choices:
            if let problem = equalityOnly(about, "a choice") { return problem }
            guard question.option(value) != nil else {
                let ids = question.options.map(\.id)
                let suggestion = KeySuggestion.didYouMean(value, among: ids)
                return "'\(value)' is not an option of \(about); \(suggestion)the options are: \(ids.joined(separator: ", "))"
            }
            return nil
        case .yesno:
            if let problem = equalityOnly(about, "a yes/no question") { return problem }
            guard ["yes", "no", "ja", "nee", "true", "false"].contains(value.lowercased()) else {
                return "\(about) is answered yes or no (ja/nee); '\(value)' is neither"
            }
            return nil
        case .text:
            return equalityOnly(about, "answered in words")
        }
    }

    private func equalityOnly(_ about: String, _ kind: String) -> String? {
        guard comparison != .equal && comparison != .notEqual else { return nil }
        return "\(about) is \(kind); compare it with = or !=, not \(comparison.rawValue)"
    }
}
