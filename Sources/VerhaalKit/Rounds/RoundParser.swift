import Foundation

/// Reads a round file (`Stories/rondes/*.md`), reporting every problem with its line: the rules
/// `check` applies to Most Significant Change rounds live here.
public struct RoundParser: Sendable {
    static let fields = ["panel", "date", "after", "status", "domains", "candidates", "choices", "replaced"]
    static let choiceFields = ["domain", "story", "reason", "dissent"]

    static let rules = FrontMatterFields.Rules(
        known: fields, invalidYAMLCode: .roundInvalidYAML, unknownKeyCode: .roundUnknownKey, missingCode: .roundMissingField,
        invalidCode: .roundInvalidField, kind: "a round", owner: "the round",
        howToStart: "open rounds with 'verhaal round open NAME --panel PANEL'")

    public var framework: Framework

    public init(framework: Framework) {
        self.framework = framework
    }

    /// Parses the text of `path`; `id` is the file name without `.md`. `storyExists` and
    /// `roundExists` say whether a story id and a round name are in the library.
    public func parse(
        _ text: String, id: String, path: String, storyExists: (String) -> Bool, roundExists: (String) -> Bool
    ) -> (MSCRound?, [Diagnostic]) {
        FrontMatterFields.parse(text, path: path, rules: Self.rules) { fields, problems -> MSCRound? in
            let document = fields.document
            let values = fields.values
            let panel = fields.text("panel", problems: &problems)
            let date = fields.date("date", problems: &problems)
            let after = fields.text("after", required: false, problems: &problems)
            if let after, after != id, !roundExists(after) {
                problems.report(
                    code: .roundUnknownPrevious, values["after"], field: "after", "there is no round '\(after)'",
                    hint: "name a file of Stories/rondes/ without .md")
            }
            let status = fields.choice("status", among: ["open", "closed"], default: "open", problems: &problems)
            let domains = fields.list("domains", problems: &problems) ?? []
            for (domain, node) in domains where framework.domain(domain) == nil {
                problems.report(
                    code: .roundUnknownDomain, node, field: "domains", "'\(domain)' is not a domain of change",
                    hint: "the domains are: \(framework.domains.map(\.id).joined(separator: ", "))")
            }
            let candidates = fields.list("candidates", problems: &problems) ?? []
            for (story, node) in candidates where !storyExists(story) {
                problems.report(
                    code: .roundUnknownStory, node, field: "candidates", "'\(story)' is not a story of the library",
                    hint: "use ids that 'verhaal list' shows")
            }
            let domainIDs = domains.map(\.0)
            let candidateIDs = Set(candidates.map(\.0))
            var choices: [RoundChoice] = []
            let choiceHint = "record choices with 'verhaal round pick'"
            for (choice, item) in fields.items(
                "choices", known: Self.choiceFields, itemName: "a choice", hint: choiceHint, problems: &problems)
            {
                let domain = choice["domain"]?.string ?? ""
                let story = choice["story"]?.string ?? ""
                let reason = choice["reason"]?.string ?? ""
                guard !domain.isEmpty, !story.isEmpty, !reason.isEmpty else {
                    problems.report(
                        code: .roundMissingField, item, field: "choices", "a choice needs a domain, a story (or 'geen keuze') and a reason",
                        hint: choiceHint)
                    continue
                }
                if !domainIDs.contains(domain) {
                    problems.report(
                        code: .roundUnknownDomain, choice["domain"], field: "choices", "'\(domain)' is not a domain of this round",
                        hint: "the round's domains are: \(domainIDs.joined(separator: ", "))")
                }
                if story != RoundChoice.noChoice && !candidateIDs.contains(story) {
                    problems.report(
                        code: .roundPickNotCandidate, choice["story"], field: "choices", "'\(story)' is not a candidate of this round",
                        hint: "a panel chooses among the round's candidates, or writes 'geen keuze'")
                }
                if let problem = ReasonRule.problem(reason) {
                    problems.report(code: .roundReasonTooShort, choice["reason"], field: "choices", problem, hint: ReasonRule.hint)
                }
                choices.append(
                    RoundChoice(
                        domain: domain, story: story == RoundChoice.noChoice ? nil : story, reason: reason,
                        dissent: choice["dissent"]?.string))
            }
            let replaced = fields.items(
                "replaced", known: Self.choiceFields, itemName: "a replaced choice", hint: choiceHint, problems: &problems
            ).compactMap { choice, _ -> RoundChoice? in
                guard let domain = choice["domain"]?.string, let story = choice["story"]?.string, let reason = choice["reason"]?.string
                else { return nil }
                return RoundChoice(
                    domain: domain, story: story == RoundChoice.noChoice ? nil : story, reason: reason, dissent: choice["dissent"]?.string)
            }
            var round = MSCRound(
                id: id, path: path, panel: panel ?? "", date: date ?? LocalDate(year: 2000, month: 1, day: 1)!, after: after,
                isClosed: status == "closed", domains: domainIDs, candidates: candidates.map(\.0), choices: choices,
                note: document.body.trimmingCharacters(in: .whitespacesAndNewlines))
            round.replaced = replaced
            if round.isClosed && !round.openDomains.isEmpty {
                problems.report(
                    code: .roundIncomplete, values["status"], field: "status",
                    "the round is closed without a choice for \(round.openDomains.joined(separator: ", "))",
                    hint:
                        "record a choice or 'geen keuze' (with a reason) for every domain: verhaal round pick \(id) --domain D ID --reason …"
                )
            }
            guard panel != nil, date != nil else { return nil }
            return round
        }
    }
}
