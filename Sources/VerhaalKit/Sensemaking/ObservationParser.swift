import Foundation
import Yams

/// Reads an observation file (`Stories/duiding/*.md`) into an `Observation`, reporting every
/// problem with its line: the same rules for `check`, the CLI and the web form.
public struct ObservationParser: Sendable {
    public var framework: Framework

    public init(framework: Framework) {
        self.framework = framework
    }

    static let fields = ["pattern", "title", "strength", "author", "date", "interpretations", "n", "q"]
    static let interpretationFields = ["title", "text", "questions", "idea"]

    /// Parses the text of `path` (relative to the library root); `id` is the file name without `.md`.
    public func parse(_ text: String, id: String, path: String) -> (Observation?, [Diagnostic]) {
        var problems = FrontMatterProblems(path: path)
        func report(code: DiagnosticCode, _ node: Node?, line: Int? = nil, field: String? = nil, _ summary: String, hint: String) {
            problems.report(code: code, node, line: line, field: field, summary, hint: hint)
        }
        let document: FrontMatterDocument
        do {
            document = try FrontMatterDocument(splitting: text)
        } catch {
            report(
                code: .observationInvalidYAML, nil, line: 1, "an observation starts with front matter between '---' lines",
                hint: "start the file with '---', the fields (pattern, title, strength, author, date, interpretations), and '---'")
            return (nil, problems.diagnostics)
        }
        let root: Node?
        do {
            root = try YAMLShape.guardedCompose(document.yaml)
        } catch let refusal as YAMLShape.Refusal {
            report(
                code: .observationInvalidYAML, nil, line: 2, "the front matter is refused: \(refusal.reason)",
                hint: "an observation's fields are short texts and a list of interpretations")
            return (nil, problems.diagnostics)
        } catch let error as YamlError {
            let (line, column, problem) = YAMLErrorLocation.describe(error, lineOffset: 1)
            problems.diagnostics.append(
                Diagnostic(
                    .error, code: .observationInvalidYAML, file: path, line: line, column: column,
                    summary: "the front matter is not valid YAML: \(problem)", hint: "check the quoting and indentation on that line"))
            return (nil, problems.diagnostics)
        } catch {
            report(code: .observationInvalidYAML, nil, line: 1, "the front matter could not be read: \(error)", hint: "check the file")
            return (nil, problems.diagnostics)
        }
        guard let mapping = root?.mapping else {
            report(
                code: .observationInvalidYAML, nil, line: 2, "the front matter is not a list of 'key: value' fields",
                hint: "write one field per line, e.g. 'pattern: pendule~rol'")
            return (nil, problems.diagnostics)
        }
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            if Self.fields.contains(name) {
                values[name] = value
            } else {
                let suggestion = KeySuggestion.closest(to: name, among: Self.fields).map { "did you mean '\($0)'? " } ?? ""
                report(
                    code: .observationUnknownKey, key, field: name, "unknown field '\(name)'",
                    hint: "\(suggestion)an observation has \(Self.fields.joined(separator: ", "))")
            }
        }
        func textField(_ field: String) -> String? {
            guard let node = values[field] else {
                report(
                    code: .observationMissingField, nil, line: 1, field: field, "the observation has no '\(field)'",
                    hint: "add '\(field): …' to the front matter")
                return nil
            }
            guard let value = node.scalar?.string, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                report(
                    code: .observationInvalidField, node, field: field, "'\(field)' must be a text", hint: "write '\(field): …' on one line"
                )
                return nil
            }
            return value
        }
        let pattern = textField("pattern")
        if let pattern, let problem = framework.patternIDProblem(pattern) {
            report(code: .observationUnknownPattern, values["pattern"], field: "pattern", problem.summary, hint: problem.hint)
        }
        let title = textField("title")
        let author = textField("author")
        var date: LocalDate?
        if let written = textField("date") {
            date = LocalDate(written)
            if date == nil {
                report(
                    code: .observationInvalidDate, values["date"], field: "date", "'\(written)' is not a valid date",
                    hint: LocalDate.formatHint)
            }
        }
        var strength: Int?
        if let written = textField("strength") {
            strength = Int(written).flatMap { Observation.strengthRange.contains($0) ? $0 : nil }
            if strength == nil {
                report(
                    code: .observationStrengthOutOfRange, values["strength"], field: "strength", "strength '\(written)' is not 1, 2 or 3",
                    hint: "write 1 (weak), 2 (medium) or 3 (strong)")
            }
        }
        let interpretations = readInterpretations(values["interpretations"], problems: &problems)
        var basis: Observation.Basis?
        if let node = values["n"] {
            let n = node.scalar.flatMap { Int($0.string) }.flatMap { $0 >= 0 ? $0 : nil }
            if n == nil {
                report(
                    code: .observationInvalidField, node, field: "n", "'n' must be a whole number of stories",
                    hint: "write the number of stories the pattern showed, e.g. 'n: 27'")
            }
            var q: Double?
            if let qNode = values["q"] {
                q = qNode.scalar.flatMap { Double($0.string) }.flatMap { (0...1).contains($0) ? $0 : nil }
                if q == nil {
                    report(
                        code: .observationInvalidField, qNode, field: "q", "'q' must be a number from 0 to 1",
                        hint: "write the q-value the pattern showed, e.g. 'q: 0.04', or leave it out")
                }
            }
            basis = n.map { Observation.Basis(n: $0, q: q) }
        }
        guard problems.diagnostics.isEmpty, let pattern, let title, let author, let date, let strength else {
            return (nil, problems.diagnostics)
        }
        let observation = Observation(
            id: id, path: path, pattern: pattern, title: title, strength: strength, author: author, date: date,
            interpretations: interpretations, text: document.body.trimmingCharacters(in: .whitespacesAndNewlines), basis: basis)
        return (observation, [])
    }

    private func readInterpretations(_ node: Node?, problems: inout FrontMatterProblems) -> [Interpretation] {
        func report(code: DiagnosticCode, _ node: Node?, _ line: Int?, _ field: String?, _ summary: String, _ hint: String) {
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
            var fields: [String: Node] = [:]
            for (key, value) in mapping {
                let name = key.string ?? ""
                if Self.interpretationFields.contains(name) {
                    fields[name] = value
                } else {
                    let suggestion =
                        KeySuggestion.closest(to: name, among: Self.interpretationFields).map { "did you mean '\($0)'? " } ?? ""
                    report(
                        code: .observationUnknownKey, key, nil, "interpretations", "unknown field '\(name)' in interpretation \(index + 1)",
                        "\(suggestion)an interpretation has \(Self.interpretationFields.joined(separator: ", "))")
                }
            }
            let title = fields["title"]?.scalar?.string ?? ""
            let text = fields["text"]?.scalar?.string ?? ""
            if title.isEmpty || text.isEmpty {
                report(
                    code: .observationMissingField, item, nil, "interpretations", "interpretation \(index + 1) needs a title and a text",
                    "add 'title: …' and 'text: …'")
            }
            var questions: [String] = []
            if let node = fields["questions"] {
                if let list = node.sequence {
                    questions = list.compactMap { $0.scalar?.string }
                } else if let one = node.scalar?.string, !one.isEmpty {
                    questions = [one]
                }
            }
            result.append(Interpretation(title: title, text: text, questions: questions, idea: fields["idea"]?.scalar?.string))
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
