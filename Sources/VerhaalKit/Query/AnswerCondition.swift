/// A condition on an answer, as `list --answer` takes it: `gevoel=hoopvol`, `pendule>=60`,
/// `leiderschap=regie` (one of the chosen), `pendule!=50`. An unanswered question matches no
/// condition.
public struct AnswerCondition: Sendable, Equatable {
    public enum Comparison: String, Sendable, CaseIterable {
        case atLeast = ">="
        case atMost = "<="
        case notEqual = "!="
        case greater = ">"
        case less = "<"
        case equal = "="
    }

    public var question: String
    public var comparison: Comparison
    public var value: String

    public init(question: String, comparison: Comparison, value: String) {
        self.question = question
        self.comparison = comparison
        self.value = value
    }

    /// Reads `QUESTION OP VALUE`; nil when there is no operator.
    public init?(_ text: String) {
        // Two-character operators first, so that `>=` is not read as `>`.
        for comparison in Comparison.allCases {
            if let range = text.range(of: comparison.rawValue) {
                let question = text[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
                let value = text[range.upperBound...].trimmingCharacters(in: .whitespaces)
                guard !question.isEmpty, !value.isEmpty else { return nil }
                self.init(question: question, comparison: comparison, value: value)
                return
            }
        }
        return nil
    }

    public func matches(_ entry: Entry) -> Bool {
        guard let answer = entry.answers[question] else { return false }
        switch answer {
        case .scale(let number):
            guard let wanted = Int(value) else { return false }
            return switch comparison {
            case .equal: number == wanted
            case .notEqual: number != wanted
            case .atLeast: number >= wanted
            case .atMost: number <= wanted
            case .greater: number > wanted
            case .less: number < wanted
            }
        case .choice(let id): return compare(id == value)
        case .choices(let ids): return compare(ids.contains(value))
        case .yesno(let yes): return compare(yes == ["yes", "ja", "true"].contains(value.lowercased()))
        case .text(let text): return compare(TextFolding.contains(text, value))
        }
    }

    private func compare(_ isEqual: Bool) -> Bool {
        switch comparison {
        case .equal: isEqual
        case .notEqual: !isEqual
        default: false
        }
    }
}
