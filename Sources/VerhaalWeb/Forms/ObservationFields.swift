import Foundation
import VerhaalKit

/// The coordinator's observation form as posted: the observation and two interpretations.
struct ObservationFields: Decodable, CSRFProtected, Sendable {
    var csrf: String?
    var title: String?
    var strength: String?
    var text: String?
    var interpretation1Title: String?
    var interpretation1Text: String?
    var interpretation1Questions: String?
    var interpretation1Idea: String?
    var interpretation2Title: String?
    var interpretation2Text: String?
    var interpretation2Questions: String?
    var interpretation2Idea: String?

    /// The two interpretations' inputs as posted: title, text, questions (a line each), idea.
    var interpretationInputs: [(title: String?, text: String?, questions: String?, idea: String?)] {
        [
            (interpretation1Title, interpretation1Text, interpretation1Questions, interpretation1Idea),
            (interpretation2Title, interpretation2Text, interpretation2Questions, interpretation2Idea),
        ]
    }

    /// The interpretations as filled in; an empty one is left out, so that the check says
    /// that two are needed.
    var interpretations: [Interpretation] {
        interpretationInputs.compactMap { title, text, questions, idea in
            let title = title?.trimmed ?? ""
            let text = text?.trimmed ?? ""
            let questions = (questions ?? "").split(whereSeparator: \.isNewline).map { String($0).trimmed }.filter { !$0.isEmpty }
            let idea = idea?.trimmed ?? ""
            if title.isEmpty && text.isEmpty && questions.isEmpty && idea.isEmpty { return nil }
            return Interpretation(title: title, text: text, questions: questions, idea: idea.isEmpty ? nil : idea)
        }
    }
}

/// The coordinator's mark as posted.
struct MarkFields: Decodable, CSRFProtected, Sendable {
    var csrf: String?
    var mark: String?
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
