/// The typed reader of a file whose front matter holds known fields (a round, a session record,
/// an observation): it splits off the body, reads the YAML within its limits, reports an
/// unreadable front matter and every unknown field with its line and the field that was probably
/// meant, and then reads each field as what it must be (`text`, `list`, `date`, `choice`,
/// `items`), each problem in the kind's own codes and the same words for every kind.
struct FrontMatterFields {
    let document: FrontMatterDocument
    /// The known fields, by name.
    let values: [String: FrontMatterNode]
    let rules: Rules

    /// The codes and words of one kind of file.
    struct Rules {
        var known: [String]
        var invalidYAMLCode: DiagnosticCode
        var unknownKeyCode: DiagnosticCode
        var missingCode: DiagnosticCode
        var invalidCode: DiagnosticCode
        /// The code of a date that is not one; the kind's `invalidCode` unless it has its own.
        var invalidDateCode: DiagnosticCode? = nil
        /// What a file of this kind is called: "a session record".
        var kind: String
        /// How its fields are named in a sentence: "the session".
        var owner: String
        /// How to make one: "run 'verhaal session new TITLE' …".
        var howToStart: String
        /// An example field line: "pattern: pendule~rol".
        var example: String? = nil
    }

    /// Reads a file of one kind: the fields go to `build`, which reads each and reports its own
    /// rules; the value comes back only when nothing at all was reported.
    static func parse<Value>(
        _ text: String, path: String, rules: Rules, _ build: (FrontMatterFields, inout FrontMatterProblems) -> Value?
    ) -> (Value?, [Diagnostic]) {
        var problems = FrontMatterProblems(path: path)
        guard let fields = read(text, path: path, rules: rules, problems: &problems) else { return (nil, problems.diagnostics) }
        let value = build(fields, &problems)
        guard !problems.diagnostics.contains(where: { $0.severity == .error }), let value else { return (nil, problems.diagnostics) }
        return (value, problems.diagnostics)
    }

    /// The fields, or nil when the front matter cannot be read (then it is reported).
    static func read(_ text: String, path: String, rules: Rules, problems: inout FrontMatterProblems) -> FrontMatterFields? {
        let document: FrontMatterDocument
        do {
            document = try FrontMatterDocument(splitting: text)
        } catch {
            problems.report(
                code: rules.invalidYAMLCode, nil, line: 1, field: nil, "\(rules.kind) starts with front matter between '---' lines",
                hint: rules.howToStart)
            return nil
        }
        let root: FrontMatterNode?
        do throws(YAMLShape.Refusal) {
            root = try YAMLShape.guardedCompose(document.yaml)
        } catch {
            let (line, column, problem) = error.located(lineOffset: 1)
            problems.diagnostics.append(
                Diagnostic(
                    .error, code: rules.invalidYAMLCode, file: problems.path, line: line ?? 2, column: column,
                    summary: error.isInvalidYAML
                        ? "the front matter is not valid YAML: \(problem)" : "the front matter is refused: \(problem)",
                    hint: error.isInvalidYAML
                        ? "check the quoting and indentation on that line" : "\(rules.owner)'s fields are short texts and lists"))
            return nil
        }
        guard let mapping = root?.mapping else {
            problems.report(
                code: rules.invalidYAMLCode, nil, line: 2, field: nil, "the front matter is not a list of 'key: value' fields",
                hint: "write one field per line" + (rules.example.map { ", e.g. '\($0)'" } ?? ""))
            return nil
        }
        return FrontMatterFields(
            document: document, values: known(in: mapping, rules: rules, place: nil, problems: &problems), rules: rules)
    }

    /// The known keys of a map, by name; every other key reported with the closest known one.
    /// `place` names a map within the file ("a choice") for its words.
    static func known(
        in mapping: [(key: FrontMatterNode, value: FrontMatterNode)], rules: Rules, place: String?, field: String? = nil,
        problems: inout FrontMatterProblems
    ) -> [String: FrontMatterNode] {
        var values: [String: FrontMatterNode] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            if rules.known.contains(name) {
                values[name] = value
                continue
            }
            let suggestion = KeySuggestion.didYouMean(name, among: rules.known)
            let owner = place.map { "\($0) has" } ?? "\(rules.kind) has"
            problems.report(
                code: rules.unknownKeyCode, key, line: nil, field: field ?? name,
                place.map { "unknown field '\(name)' in \($0)" } ?? "unknown field '\(name)'",
                hint: "\(suggestion)\(owner) \(rules.known.joined(separator: ", "))")
        }
        return values
    }

    /// A one-line text: its absence (when `required`) or another shape is reported ("the round
    /// has no 'panel'", "'panel' must be a text").
    func text(_ field: String, required: Bool = true, problems: inout FrontMatterProblems) -> String? {
        guard let node = values[field] else {
            if required { missing(field, example: "\(field): …", problems: &problems) }
            return nil
        }
        guard let value = node.string, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            problems.report(
                code: rules.invalidCode, node, field: field, "'\(field)' must be a text", hint: "write '\(field): …' on one line")
            return nil
        }
        return value
    }

    /// A date (`2019-06-12`), reported when it is not one.
    func date(_ field: String, required: Bool = true, problems: inout FrontMatterProblems) -> LocalDate? {
        guard let written = text(field, required: required, problems: &problems) else { return nil }
        guard let date = LocalDate(written) else {
            problems.report(
                code: rules.invalidDateCode ?? rules.invalidCode, values[field], field: field, "'\(written)' is not a valid date",
                hint: LocalDate.formatHint)
            return nil
        }
        return date
    }

    /// A number within `range` (`whole` ones only unless told), reported as "'field' must be
    /// `rule`" when it is not one; nil when the field is absent.
    func number(
        _ field: String, in range: ClosedRange<Double>, whole: Bool = true, rule: String, hint: String, problems: inout FrontMatterProblems
    ) -> Double? {
        guard let node = values[field] else { return nil }
        let number = node.string.flatMap { whole ? Int($0).map(Double.init) : Double($0) }
        guard let number, range.contains(number) else {
            problems.report(code: rules.invalidCode, node, field: field, "'\(field)' must be \(rule)", hint: hint)
            return nil
        }
        return number
    }

    /// A text that must be one of `choices`; `default` when the field is absent.
    func choice(_ field: String, among choices: [String], default fallback: String, problems: inout FrontMatterProblems) -> String {
        guard let written = text(field, required: false, problems: &problems) else { return fallback }
        guard choices.contains(written) else {
            let suggestion = KeySuggestion.didYouMean(written, among: choices)
            problems.report(
                code: rules.invalidCode, values[field], field: field,
                "\(field) '\(written)' is not \(choices.joined(separator: " or "))",
                hint: suggestion + choices.map { "write '\(field): \($0)'" }.joined(separator: " or "))
            return fallback
        }
        return written
    }

    /// A list of texts with the node of each, for problems with one of them.
    func list(_ field: String, required: Bool = true, problems: inout FrontMatterProblems) -> [(String, FrontMatterNode)]? {
        guard let node = values[field] else {
            if required { missing(field, example: "\(field): [...]", problems: &problems) }
            return nil
        }
        guard let items = node.sequence else {
            problems.report(code: rules.invalidCode, node, field: field, "'\(field)' must be a list", hint: "write '\(field): [a, b]'")
            return nil
        }
        return items.compactMap { item in item.string.map { ($0, item) } }
    }

    /// The items of a list of `{key: value}` sets, each with its known fields (unknown ones
    /// reported) and its node; an item that is not a set is reported and left out.
    func items(
        _ field: String, known: [String], itemName: String, hint: String, problems: inout FrontMatterProblems
    ) -> [(fields: [String: FrontMatterNode], node: FrontMatterNode)] {
        guard let node = values[field] else { return [] }
        guard let list = node.sequence else {
            problems.report(
                code: rules.invalidCode, node, field: field, "'\(field)' must be a list",
                hint: "write each item on a line starting with '- '")
            return []
        }
        var itemRules = rules
        itemRules.known = known
        return list.compactMap { item in
            guard let mapping = item.mapping else {
                problems.report(code: rules.invalidCode, item, field: field, "\(itemName) is not a set of fields", hint: hint)
                return nil
            }
            return (Self.known(in: mapping, rules: itemRules, place: itemName, field: field, problems: &problems), item)
        }
    }

    /// The kind an item names in `key` (`type: pivot`), `other` when it names none; an unknown
    /// one is reported ("unknown resonance 'x'") with the closest kind and all of them.
    static func kind<Kind: RawRepresentable & CaseIterable>(
        _ type: Kind.Type, of item: [String: FrontMatterNode], key: String = "type", field: String, code: DiagnosticCode,
        what: String, problems: inout FrontMatterProblems
    ) -> Kind? where Kind.RawValue == String {
        let written = item[key]?.string ?? ""
        if let kind = Kind(rawValue: written.isEmpty ? "other" : written) { return kind }
        let kinds = Kind.allCases.map(\.rawValue)
        let suggestion = KeySuggestion.didYouMean(written, among: kinds)
        problems.report(
            code: code, item[key], field: field, "unknown \(what) '\(written)'", hint: "\(suggestion)use \(kinds.joined(separator: ", "))")
        return nil
    }

    private func missing(_ field: String, example: String, problems: inout FrontMatterProblems) {
        problems.report(code: rules.missingCode, nil, line: 1, field: field, "\(rules.owner) has no '\(field)'", hint: "add '\(example)'")
    }
}
