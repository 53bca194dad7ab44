import Foundation

/// Reads an observation file (`Stories/duiding/*.md`) into an `Observation`, reporting every
/// problem with its line: the same rules for `check`, the CLI and the web form.
public struct ObservationParser: Sendable {
    public var framework: Framework

    public init(framework: Framework) {
        self.framework = framework
    }

    static let fields = ["pattern", "title", "strength", "author", "date", "interpretations", "n", "q"]
    static let interpretationFields = ["title", "text", "questions", "idea"]
    static let rules = FrontMatterFields.Rules(
        known: fields, invalidYAMLCode: .observationInvalidYAML, unknownKeyCode: .observationUnknownKey,
        missingCode: .observationMissingField, invalidCode: .observationInvalidField, invalidDateCode: .observationInvalidDate,
        kind: "an observation", owner: "the observation",
        howToStart: "start the file with '---', the fields (pattern, title, strength, author, date, interpretations), and '---'",
        example: "pattern: pendule~rol")

    /// Parses the text of `path` (relative to the library root); `id` is the file name without `.md`.
    public func parse(_ text: String, id: String, path: String) -> (Observation?, [Diagnostic]) {
        FrontMatterFields.parse(text, path: path, rules: Self.rules) { fields, problems -> Observation? in
            func report(
                code: DiagnosticCode, _ node: FrontMatterNode?, line: Int? = nil, field: String? = nil, _ summary: String, hint: String
            ) {
                problems.report(code: code, node, line: line, field: field, summary, hint: hint)
            }
            let values = fields.values
            func textField(_ field: String) -> String? { fields.text(field, problems: &problems) }
            let pattern = textField("pattern")
            if let pattern, let problem = framework.patternIDProblem(pattern) {
                report(code: .observationUnknownPattern, values["pattern"], field: "pattern", problem.summary, hint: problem.hint)
            }
            let title = textField("title")
            let author = textField("author")
            let date = fields.date("date", problems: &problems)
            var strength: Int?
            if let written = textField("strength") {
                strength = Int(written).flatMap { Observation.strengthRange.contains($0) ? $0 : nil }
                if strength == nil {
                    report(
                        code: .observationStrengthOutOfRange, values["strength"], field: "strength",
                        "strength '\(written)' is not 1, 2 or 3",
                        hint: "write 1 (weak), 2 (medium) or 3 (strong)")
                }
            }
            let interpretations = readInterpretations(values["interpretations"], problems: &problems)
            let n = fields.number(
                "n", in: 0...1_000_000_000, rule: "a whole number of stories",
                hint: "write the number of stories the pattern showed, e.g. 'n: 27'", problems: &problems)
            let q =
                values["n"] == nil
                ? nil
                : fields.number(
                    "q", in: 0...1, whole: false, rule: "a number from 0 to 1",
                    hint: "write the q-value the pattern showed, e.g. 'q: 0.04', or leave it out", problems: &problems)
            let basis = n.map { Observation.Basis(n: Int($0), q: q) }
            guard let pattern, let title, let author, let date, let strength else { return nil }
            return Observation(
                id: id, path: path, pattern: pattern, title: title, strength: strength, author: author, date: date,
                interpretations: interpretations, text: fields.document.body.trimmingCharacters(in: .whitespacesAndNewlines),
                basis: basis)
        }
    }

    private func readInterpretations(_ node: FrontMatterNode?, problems: inout FrontMatterProblems) -> [Interpretation] {
        func report(code: DiagnosticCode, _ node: FrontMatterNode?, _ line: Int?, _ field: String?, _ summary: String, _ hint: String) {
            problems.report(code: code, node, line: line, field: field, summary, hint: hint)
        }
        let hint = "list at least two competing readings, each with title, text, questions and idea"
        guard let items = node?.sequence else {
            report(
                code: .observationTooFewInterpretations, node, 1, "interpretations", "the observation has no list of interpretations", hint)
            return []
        }
        var result: [Interpretation] = []
        for (index, item) in items.enumerated() {
            guard let mapping = item.mapping else {
                report(
                    code: .observationInvalidField, item, nil, "interpretations", "interpretation \(index + 1) is not a set of fields", hint
                )
                continue
            }
            var rules = Self.rules
            rules.known = Self.interpretationFields
            let fields = FrontMatterFields.known(
                in: mapping, rules: rules, place: "interpretation \(index + 1)", field: "interpretations", problems: &problems)
            let title = fields["title"]?.string ?? ""
            let text = fields["text"]?.string ?? ""
            if title.isEmpty || text.isEmpty {
                report(
                    code: .observationMissingField, item, nil, "interpretations", "interpretation \(index + 1) needs a title and a text",
                    "add 'title: …' and 'text: …'")
            }
            var questions: [String] = []
            if let node = fields["questions"] {
                if let list = node.sequence {
                    questions = list.compactMap { $0.string }
                } else if let one = node.string, !one.isEmpty {
                    questions = [one]
                }
            }
            result.append(Interpretation(title: title, text: text, questions: questions, idea: fields["idea"]?.string))
        }
        if result.count < Observation.minimumInterpretations {
            report(
                code: .observationTooFewInterpretations, node, nil, "interpretations",
                "the observation has \(result.count) interpretation\(result.count == 1 ? "" : "s"); it needs at least two that compete",
                hint)
        }
        return result
    }
}
