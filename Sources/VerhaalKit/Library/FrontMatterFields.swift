import Yams

/// The first steps of reading a file whose front matter holds known fields (a session record, a
/// round): split off the body, read the YAML within its limits, and report an unreadable front
/// matter and every unknown field, each with its line.
struct FrontMatterFields {
    let document: FrontMatterDocument
    /// The known fields, by name.
    let values: [String: Node]

    /// The codes and words of one kind of file.
    struct Rules {
        var known: [String]
        var invalidYAMLCode: DiagnosticCode
        var unknownKeyCode: DiagnosticCode
        /// What a file of this kind is called: "a session record".
        var kind: String
        /// How to make one: "run 'verhaal session new TITLE' …".
        var howToStart: String
    }

    /// The fields, or nil when the front matter cannot be read (then it is reported).
    static func read(_ text: String, path: String, rules: Rules, problems: inout FrontMatterProblems) -> FrontMatterFields? {
        let document: FrontMatterDocument
        let root: Node?
        do {
            document = try FrontMatterDocument(splitting: text)
            root = try YAMLShape.guardedCompose(document.yaml)
        } catch let error as YamlError {
            let (line, column, problem) = YAMLErrorLocation.describe(error, lineOffset: 1)
            problems.diagnostics.append(
                Diagnostic(
                    .error, code: rules.invalidYAMLCode, file: path, line: line, column: column,
                    summary: "the front matter is not valid YAML: \(problem)", hint: "check the quoting and indentation on that line"))
            return nil
        } catch {
            problems.report(
                code: rules.invalidYAMLCode, nil, line: 1, field: nil, "\(rules.kind) starts with front matter between '---' lines",
                hint: rules.howToStart)
            return nil
        }
        guard let mapping = root?.mapping else {
            problems.report(
                code: rules.invalidYAMLCode, nil, line: 2, field: nil, "the front matter is not a list of 'key: value' fields",
                hint: "write one field per line")
            return nil
        }
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            if rules.known.contains(name) {
                values[name] = value
            } else {
                let suggestion = KeySuggestion.closest(to: name, among: rules.known).map { "did you mean '\($0)'? " } ?? ""
                problems.report(
                    code: rules.unknownKeyCode, key, line: nil, field: name, "unknown field '\(name)'",
                    hint: "\(suggestion)\(rules.kind) has \(rules.known.joined(separator: ", "))")
            }
        }
        return FrontMatterFields(document: document, values: values)
    }

    /// A one-line text field of a file kind: its absence (when `required`) or another shape is
    /// reported with the kind's codes, in the same words for every kind ("the round has no
    /// 'panel'", "'panel' must be a text").
    func text(
        _ field: String, required: Bool = true, owner: String, missingCode: DiagnosticCode, invalidCode: DiagnosticCode,
        problems: inout FrontMatterProblems
    ) -> String? {
        guard let node = values[field] else {
            if required {
                problems.report(code: missingCode, nil, line: 1, field: field, "\(owner) has no '\(field)'", hint: "add '\(field): …'")
            }
            return nil
        }
        guard let value = node.scalar?.string, !value.trimmingCharacters(in: .whitespaces).isEmpty else {
            problems.report(code: invalidCode, node, field: field, "'\(field)' must be a text", hint: "write '\(field): …' on one line")
            return nil
        }
        return value
    }
}
