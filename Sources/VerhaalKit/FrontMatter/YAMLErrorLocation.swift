/// Turns a YAML error into a line, a column and a readable problem.
enum YAMLErrorLocation {
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
