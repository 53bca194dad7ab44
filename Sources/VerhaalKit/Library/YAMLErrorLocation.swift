import Yams

/// Turns a YAML error into a line, a column and a readable problem.
enum YAMLErrorLocation {
    /// A Yams error (sessions, rounds, observations, compositions), told as a failure of
    /// `FrontMatterComposer` is: both come from libyaml and read the same.
    static func describe(
        _ error: YamlError, lineOffset: Int = 0
    ) -> (line: Int?, column: Int?, problem: String) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return describe(
                FrontMatterComposer.Failure(
                    problem: problem, line: mark.line, column: mark.column, context: context?.text,
                    contextLine: context?.mark.line ?? 0, contextColumn: context?.mark.column ?? 0),
                lineOffset: lineOffset)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return describe(
                FrontMatterComposer.Failure(
                    problem: "duplicate key \(duplicates.joined(separator: ", ")) in the front matter", line: context.mark.line,
                    column: context.mark.column),
                lineOffset: lineOffset)
        case .reader(let problem, _, _, _):
            return (nil, nil, problem)
        default:
            return (nil, nil, "\(error)")
        }
    }

    /// `lineOffset` is added to libyaml's lines, for YAML that starts further down a file.
    static func describe(
        _ failure: FrontMatterComposer.Failure, lineOffset: Int = 0
    ) -> (line: Int?, column: Int?, problem: String) {
        guard let line = failure.line else { return (nil, nil, failure.problem) }
        // libyaml notices a problem where it stops making sense, often a line later; the
        // construct it was reading (the context) starts where the fix is usually needed.
        guard let context = failure.context, !context.isEmpty else {
            return (line + lineOffset, failure.column, failure.problem)
        }
        let text = "\(failure.problem) (\(context), which starts at line \(failure.contextLine + lineOffset))"
        return (failure.contextLine + lineOffset, failure.contextColumn, text)
    }
}
