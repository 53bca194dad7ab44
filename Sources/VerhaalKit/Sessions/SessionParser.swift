import Foundation
import Yams

/// Reads a session record (`Stories/sessies/*.md`), reporting every problem with its line: the
/// rules `check` applies to sessions live here.
public struct SessionParser: Sendable {
    static let fields = ["title", "date", "facilitator", "participants", "spelvorm", "resonant", "outcomes"]
    static let resonantFields = ["story", "type", "why"]
    static let outcomeFields = ["type", "text"]

    public init() {}

    /// Parses the text of `path`; `id` is the file name without `.md`; `storyExists` says
    /// whether a resonant story's id is in the library.
    public func parse(_ text: String, id: String, path: String, storyExists: (String) -> Bool) -> (SessionRecord?, [Diagnostic]) {
        var problems = FrontMatterProblems(path: path)
        guard
            let fields = FrontMatterFields.read(
                text, path: path,
                rules: FrontMatterFields.Rules(
                    known: Self.fields, invalidYAMLCode: .sessionInvalidYAML, unknownKeyCode: .sessionUnknownKey, kind: "a session record",
                    howToStart: "run 'verhaal session new TITLE' for a record to fill in"),
                problems: &problems)
        else { return (nil, problems.diagnostics) }
        let document = fields.document
        let values = fields.values
        func textField(_ field: String) -> String? {
            fields.text(
                field, owner: "the session", missingCode: .sessionMissingField, invalidCode: .sessionInvalidField, problems: &problems)
        }
        let title = textField("title")
        let facilitator = textField("facilitator")
        var date: LocalDate?
        if let written = textField("date") {
            date = LocalDate(written)
            if date == nil {
                problems.report(
                    code: .sessionInvalidDate, values["date"], field: "date", "'\(written)' is not a valid date", hint: LocalDate.formatHint
                )
            }
        }
        var names: [String] = []
        var count: Int?
        if let node = values["participants"] {
            if let list = node.sequence, list.allSatisfy({ $0.scalar != nil }) {
                names = list.compactMap { $0.scalar?.string }
                count = names.count
            } else if let number = node.scalar.flatMap({ Int($0.string) }), number > 0 {
                count = number
            } else {
                problems.report(
                    code: .sessionInvalidField, node, field: "participants", "'participants' must be a list of names or a number",
                    hint: "write 'participants: [Corry Keulen, Paul Sebregts]' or 'participants: 12'")
            }
        }
        var spelvorm: Int?
        if let node = values["spelvorm"] {
            spelvorm = node.scalar.flatMap { Int($0.string) }.flatMap { (1...5).contains($0) ? $0 : nil }
            if spelvorm == nil {
                problems.report(
                    code: .sessionInvalidField, node, field: "spelvorm", "'spelvorm' must be 1, 2, 3, 4 or 5",
                    hint: "the five spelvormen of the essay (Bijlage 2)")
            }
        }
        let resonant = items(values["resonant"], field: "resonant", known: Self.resonantFields, problems: &problems).compactMap {
            fields, node -> ResonantStory? in
            let story = fields["story"]?.scalar?.string ?? ""
            let type = fields["type"]?.scalar?.string ?? ""
            let why = fields["why"]?.scalar?.string ?? ""
            guard !story.isEmpty, !why.isEmpty else {
                problems.report(
                    code: .sessionMissingField, node, field: "resonant", "a resonant story needs 'story' (its id) and 'why'",
                    hint: "write '- {story: ID, type: pivot, why: …}'")
                return nil
            }
            guard storyExists(story) else {
                problems.report(
                    code: .sessionUnknownStory, fields["story"], field: "resonant", "'\(story)' is not a story of the library",
                    hint: "use an id that 'verhaal list' shows")
                return nil
            }
            guard let kind = ResonantStory.Kind(rawValue: type.isEmpty ? "other" : type) else {
                problems.report(
                    code: .sessionUnknownResonance, fields["type"], field: "resonant", "unknown resonance '\(type)'",
                    hint: "use \(ResonantStory.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
                return nil
            }
            return ResonantStory(story: story, kind: kind, why: why)
        }
        let outcomes = items(values["outcomes"], field: "outcomes", known: Self.outcomeFields, problems: &problems).compactMap {
            fields, node -> SessionOutcome? in
            let type = fields["type"]?.scalar?.string ?? ""
            let text = fields["text"]?.scalar?.string ?? ""
            guard !text.isEmpty else {
                problems.report(
                    code: .sessionMissingField, node, field: "outcomes", "an outcome needs a 'text'",
                    hint: "write '- {type: idea, text: …}'")
                return nil
            }
            guard let kind = SessionOutcome.Kind(rawValue: type.isEmpty ? "other" : type) else {
                problems.report(
                    code: .sessionUnknownOutcome, fields["type"], field: "outcomes", "unknown outcome type '\(type)'",
                    hint: "use \(SessionOutcome.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
                return nil
            }
            return SessionOutcome(kind: kind, text: text)
        }
        guard problems.diagnostics.isEmpty, let title, let date, let facilitator else { return (nil, problems.diagnostics) }
        return (
            SessionRecord(
                id: id, path: path, title: title, date: date, facilitator: facilitator, participantNames: names,
                participantCount: count, spelvorm: spelvorm, resonant: resonant, outcomes: outcomes,
                text: document.body.trimmingCharacters(in: .whitespacesAndNewlines)), []
        )
    }

    /// The items of a list of `{key: value}` sets, unknown keys reported.
    private func items(_ node: Node?, field: String, known: [String], problems: inout FrontMatterProblems) -> [([String: Node], Node)] {
        guard let node else { return [] }
        guard let list = node.sequence else {
            problems.report(
                code: .sessionInvalidField, node, line: nil, field: field, "'\(field)' must be a list",
                hint: "write each item on a line starting with '- '")
            return []
        }
        return list.compactMap { item in
            guard let mapping = item.mapping else {
                problems.report(
                    code: .sessionInvalidField, item, line: nil, field: field, "an item of '\(field)' is not a set of fields",
                    hint: "write '- {\(known.map { "\($0): …" }.joined(separator: ", "))}'")
                return nil
            }
            var fields: [String: Node] = [:]
            for (key, value) in mapping {
                let name = key.string ?? ""
                if known.contains(name) {
                    fields[name] = value
                } else {
                    problems.report(
                        code: .sessionUnknownKey, key, line: nil, field: field, "unknown field '\(name)' in '\(field)'",
                        hint: "an item of '\(field)' has \(known.joined(separator: ", "))")
                }
            }
            return (fields, item)
        }
    }
}
