import Foundation

/// Reads a session record (`Stories/sessies/*.md`), reporting every problem with its line: the
/// rules `check` applies to sessions live here.
public struct SessionParser: Sendable {
    static let fields = ["title", "date", "facilitator", "participants", "spelvorm", "resonant", "outcomes"]
    static let resonantFields = ["story", "type", "why"]
    static let outcomeFields = ["type", "text"]

    static let rules = FrontMatterFields.Rules(
        known: fields, invalidYAMLCode: .sessionInvalidYAML, unknownKeyCode: .sessionUnknownKey, missingCode: .sessionMissingField,
        invalidCode: .sessionInvalidField, invalidDateCode: .sessionInvalidDate, kind: "a session record", owner: "the session",
        howToStart: "run 'verhaal session new TITLE' for a record to fill in")

    public init() {}

    /// Parses the text of `path`; `id` is the file name without `.md`; `storyExists` says
    /// whether a resonant story's id is in the library.
    public func parse(_ text: String, id: String, path: String, storyExists: (String) -> Bool) -> (SessionRecord?, [Diagnostic]) {
        FrontMatterFields.parse(text, path: path, rules: Self.rules) { fields, problems -> SessionRecord? in
            let document = fields.document
            let values = fields.values
            let title = fields.text("title", problems: &problems)
            let facilitator = fields.text("facilitator", problems: &problems)
            let date = fields.date("date", problems: &problems)
            var names: [String] = []
            var count: Int?
            if let node = values["participants"] {
                if let list = node.sequence, list.allSatisfy({ $0.string != nil }) {
                    names = list.compactMap(\.string)
                    count = names.count
                } else if let number = node.string.flatMap({ Int($0) }), number > 0 {
                    count = number
                } else {
                    problems.report(
                        code: .sessionInvalidField, node, field: "participants", "'participants' must be a list of names or a number",
                        hint: "write 'participants: [Corry Keulen, Paul Sebregts]' or 'participants: 12'")
                }
            }
            let spelvorm = fields.number(
                "spelvorm", in: 1...5, rule: "1, 2, 3, 4 or 5", hint: "the five spelvormen of the essay (Bijlage 2)", problems: &problems
            ).map { Int($0) }
            let resonantItems = fields.items(
                "resonant", known: Self.resonantFields, itemName: "an item of 'resonant'", hint: "write '- {story: …, type: …, why: …}'",
                problems: &problems)
            let resonant = resonantItems.compactMap { item, node -> ResonantStory? in
                let story = item["story"]?.string ?? ""
                let why = item["why"]?.string ?? ""
                guard !story.isEmpty, !why.isEmpty else {
                    problems.report(
                        code: .sessionMissingField, node, field: "resonant", "a resonant story needs 'story' (its id) and 'why'",
                        hint: "write '- {story: ID, type: pivot, why: …}'")
                    return nil
                }
                guard storyExists(story) else {
                    problems.report(
                        code: .sessionUnknownStory, item["story"], field: "resonant", "'\(story)' is not a story of the library",
                        hint: "use an id that 'verhaal list' shows")
                    return nil
                }
                return FrontMatterFields.kind(
                    ResonantStory.Kind.self, of: item, field: "resonant", code: .sessionUnknownResonance, what: "resonance",
                    problems: &problems
                ).map { ResonantStory(story: story, kind: $0, why: why) }
            }
            let outcomeItems = fields.items(
                "outcomes", known: Self.outcomeFields, itemName: "an item of 'outcomes'", hint: "write '- {type: …, text: …}'",
                problems: &problems)
            let outcomes = outcomeItems.compactMap { item, node -> SessionOutcome? in
                guard let text = item["text"]?.string, !text.isEmpty else {
                    problems.report(
                        code: .sessionMissingField, node, field: "outcomes", "an outcome needs a 'text'",
                        hint: "write '- {type: idea, text: …}'")
                    return nil
                }
                return FrontMatterFields.kind(
                    SessionOutcome.Kind.self, of: item, field: "outcomes", code: .sessionUnknownOutcome, what: "outcome type",
                    problems: &problems
                ).map { SessionOutcome(kind: $0, text: text) }
            }
            guard let title, let date, let facilitator else { return nil }
            let session = SessionRecord(
                id: id, path: path, title: title, date: date, facilitator: facilitator, participantNames: names,
                participantCount: count, spelvorm: spelvorm, resonant: resonant, outcomes: outcomes,
                text: fields.document.body.trimmingCharacters(in: .whitespacesAndNewlines))
            if session.isDraft && resonantItems.isEmpty && outcomeItems.isEmpty
                && !problems.diagnostics.contains(where: { $0.severity == .error })
            {
                problems.report(
                    .warning, code: .sessionDraft, values["outcomes"] ?? values["title"], field: "outcomes",
                    "the session has no outcomes and no resonant stories yet: it is a draft, and no document shows it",
                    hint: "add what came out of it under 'outcomes:' and the stories that resonated under 'resonant:'")
            }
            return session
        }
    }
}
