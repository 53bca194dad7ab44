/// Where a pattern dimension takes its value from. The catalogue of dimensions lives here, in
/// the kit, so that `check` can tell a pattern id that exists from one that does not without
/// computing any statistics; `VerhaalSense` gives each source its values.
public enum PatternDimensionSource: Sendable, Equatable {
    /// A scale, choice or yes/no question.
    case question(Question)
    /// One option of a choices question, as yes/no.
    case option(Question, QuestionOption)
    /// One lesson, as yes/no.
    case lesson(String)
    /// One perspective, as yes/no.
    case perspective(String)
    /// The entry's kind.
    case kind
    /// The quarter of the entry's date, `2019-Q4`.
    case quarter
}

/// A dimension's id, title and source, in the fixed order of every run.
public struct PatternDimensionDescriptor: Sendable, Equatable {
    /// The id in pattern ids: `pendule`, `leiderschap=regie`, `lesson=delen`, `kind`.
    public var id: String
    /// The question's own words (or "Les …", "Perspectief: …").
    public var title: String
    public var source: PatternDimensionSource
}

extension Framework {
    /// Every dimension patterns are found over: the story questions, the questions about the
    /// teller, then each lesson, each perspective, the kind and the quarter. A choices question
    /// gives one dimension per option; text questions give none.
    public func patternDimensions(language: Language) -> [PatternDimensionDescriptor] {
        let english = language == .english
        var result: [PatternDimensionDescriptor] = []
        for question in questions.filter({ $0.about == .story }) + questions.filter({ $0.about == .teller }) {
            switch question.type {
            case .scale, .choice, .yesno:
                result.append(PatternDimensionDescriptor(id: question.id, title: question.prompt, source: .question(question)))
            case .choices:
                for option in question.options {
                    result.append(
                        PatternDimensionDescriptor(
                            id: "\(question.id)=\(option.id)", title: Self.optionTitle(question.prompt, option.title),
                            source: .option(question, option)))
                }
            case .text:
                continue
            }
        }
        for lesson in lessons {
            result.append(
                PatternDimensionDescriptor(
                    id: "lesson=\(lesson.id)", title: (english ? "Lesson " : "Les ") + lesson.label, source: .lesson(lesson.id)))
        }
        for perspective in perspectives {
            result.append(
                PatternDimensionDescriptor(
                    id: "perspective=\(perspective.id)", title: (english ? "Perspective: " : "Perspectief: ") + perspective.title,
                    source: .perspective(perspective.id)))
        }
        result.append(PatternDimensionDescriptor(id: "kind", title: english ? "Kind" : "Soort", source: .kind))
        result.append(PatternDimensionDescriptor(id: "quarter", title: english ? "Quarter" : "Kwartaal", source: .quarter))
        return result
    }

    /// What is wrong with a pattern id, or nil when a run can produce it: one dimension id, or
    /// two joined by `~` in the run's order and not two options of one question.
    public func patternIDProblem(_ id: String) -> (summary: String, hint: String)? {
        let known = patternDimensions(language: .dutch).map(\.id)
        let parts = id.split(separator: "~", omittingEmptySubsequences: false).map(String.init)
        let examples = "e.g. 'pendule' or 'pendule~rol'; 'verhaal patterns' lists them"
        guard parts.count == 1 || parts.count == 2 else {
            return ("'\(id)' is not a pattern id", "a pattern id is one or two dimensions joined by '~', \(examples)")
        }
        for part in parts where !known.contains(part) {
            let suggestion = KeySuggestion.didYouMean(part, among: known)
            return ("no pattern dimension '\(part)' in '\(id)'", "\(suggestion)\(examples)")
        }
        if parts.count == 2 {
            let (first, second) = (parts[0], parts[1])
            guard first != second else { return ("'\(id)' pairs a dimension with itself", examples) }
            if Self.sameSource(first, second) {
                return ("'\(id)' pairs two options of the same question, which are never tested", examples)
            }
            if let a = known.firstIndex(of: first), let b = known.firstIndex(of: second), a > b {
                return ("no pattern '\(id)'", "did you mean '\(second)~\(first)'? The dimensions are in the run's order")
            }
        }
        return nil
    }

    /// "Welk leiderschap liet dit verhaal zien? — regie nemen", "Thema: wonen".
    static func optionTitle(_ prompt: String, _ option: String) -> String {
        prompt.last.map { "?!.:".contains($0) } == true ? "\(prompt) — \(option)" : "\(prompt): \(option)"
    }

    /// Options of one question (or lessons, or perspectives) are not tested against each other.
    public static func sameSource(_ first: String, _ second: String) -> Bool {
        guard first.contains("="), second.contains("=") else { return false }
        return first.split(separator: "=").first == second.split(separator: "=").first
    }
}
