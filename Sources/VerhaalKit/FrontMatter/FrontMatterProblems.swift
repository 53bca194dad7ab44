/// The problems of one file with front matter (an observation, a session record), each at its
/// node's line.
struct FrontMatterProblems {
    let path: String
    var diagnostics: [Diagnostic] = []

    init(path: String) {
        self.path = path
    }

    /// Node lines count from 1 within the front matter, which starts on the file's line 2.
    mutating func report(
        _ severity: Diagnostic.Severity = .error, code: DiagnosticCode, _ node: FrontMatterNode?, line: Int? = nil, field: String? = nil,
        _ summary: String, hint: String
    ) {
        diagnostics.append(
            Diagnostic(
                severity, code: code, file: path, line: node?.mark.map { $0.line + 1 } ?? line, column: node?.mark?.column,
                field: field, summary: summary, hint: hint))
    }
}
