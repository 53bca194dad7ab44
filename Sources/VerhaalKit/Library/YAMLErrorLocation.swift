import Yams

/// Turns a Yams error into a line, a column and a readable problem.
enum YAMLErrorLocation {
    /// `lineOffset` is added to libyaml's lines, for YAML that starts further down a file.
    static func describe(
        _ error: YamlError, lineOffset: Int = 0
    ) -> (line: Int?, column: Int?, problem: String) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            // libyaml notices a problem where it stops making sense, often a line later; the
            // construct it was reading (the context) starts where the fix is usually needed.
            guard let context, !context.text.isEmpty else {
                return (mark.line + lineOffset, mark.column, problem)
            }
            let text = "\(problem) (\(context.text), which starts at line \(context.mark.line + lineOffset))"
            return (context.mark.line + lineOffset, context.mark.column, text)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (
                context.mark.line + lineOffset, context.mark.column,
                "duplicate key \(duplicates.joined(separator: ", ")) in the front matter"
            )
        case .reader(let problem, _, _, _):
            return (nil, nil, problem)
        default:
            return (nil, nil, "\(error)")
        }
    }

    /// The same for a failure of `FrontMatterComposer`, which reads entries' front matter.
    static func describe(
        _ failure: FrontMatterComposer.Failure, lineOffset: Int = 0
    ) -> (line: Int?, column: Int?, problem: String) {
        guard let line = failure.line else { return (nil, nil, failure.problem) }
        guard let context = failure.context, !context.isEmpty else {
            return (line + lineOffset, failure.column, failure.problem)
        }
        let text = "\(failure.problem) (\(context), which starts at line \(failure.contextLine + lineOffset))"
        return (failure.contextLine + lineOffset, failure.contextColumn, text)
    }
}
