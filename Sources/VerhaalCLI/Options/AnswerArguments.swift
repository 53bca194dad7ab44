import ArgumentParser
import VerhaalKit

/// `--answer QUESTION=VALUE` options as answers in the framework's order. Whether a value fits
/// its question is for the library's check to say; here only the form `question=value`.
enum AnswerArguments {
    static func answers(_ arguments: [String], framework: Framework) throws -> [QuestionAnswer] {
        let answers = try arguments.map { argument in
            guard let answer = QuestionAnswer(argument: argument, framework: framework), !answer.question.isEmpty else {
                throw ValidationError(
                    "--answer '\(argument)' needs the form question=value, e.g. 'pendule=72' or 'leiderschap=regie,ruimte'")
            }
            return answer
        }
        let order = framework.questions.map(\.id)
        return answers.sorted { (order.firstIndex(of: $0.question) ?? order.count) < (order.firstIndex(of: $1.question) ?? order.count) }
    }
}
