import Foundation
import Yams

/// Reads a round file (`Stories/rondes/*.md`), reporting every problem with its line: the rules
/// `check` applies to Most Significant Change rounds live here.
public struct RoundParser: Sendable {
    static let fields = ["panel", "date", "after", "status", "domains", "candidates", "choices"]
    static let choiceFields = ["domain", "story", "reason", "dissent"]

    public var framework: Framework

    public init(framework: Framework) {
        self.framework = framework
    }

    /// Parses the text of `path`; `id` is the file name without `.md`. `storyExists` and
    /// `roundExists` say whether a story id and a round name are in the library.
    public func parse(
        _ text: String, id: String, path: String, storyExists: (String) -> Bool, roundExists: (String) -> Bool
    ) -> (MSCRound?, [Diagnostic]) {
        var problems = FrontMatterProblems(path: path)
        guard
            let fields = FrontMatterFields.read(
                text, path: path,
                rules: FrontMatterFields.Rules(
                    known: Self.fields, invalidYAMLCode: .roundInvalidYAML, unknownKeyCode: .roundUnknownKey, kind: "a round",
                    howToStart: "open rounds with 'verhaal round open NAME --panel PANEL'"),
                problems: &problems)
        else { return (nil, problems.diagnostics) }
        let document = fields.document
        let values = fields.values
        func textField(_ field: String, required: Bool = true) -> String? {
            fields.text(
                field, required: required, owner: "the round", missingCode: .roundMissingField, invalidCode: .roundInvalidField,
                problems: &problems)
        }
        func list(_ field: String) -> [(String, Node)]? {
            guard let node = values[field] else {
                problems.report(
                    code: .roundMissingField, nil, line: 1, field: field, "the round has no '\(field)'", hint: "add '\(field): [...]'")
                return nil
            }
            guard let items = node.sequence else {
                problems.report(code: .roundInvalidField, node, field: field, "'\(field)' must be a list", hint: "write '\(field): [a, b]'")
                return nil
            }
            return items.compactMap { item in item.scalar.map { ($0.string, item) } }
        }
        let panel = textField("panel")
        var date: LocalDate?
        if let written = textField("date") {
            date = LocalDate(written)
            if date == nil {
                problems.report(
                    code: .roundInvalidField, values["date"], field: "date", "'\(written)' is not a valid date", hint: LocalDate.formatHint)
            }
        }
        let after = textField("after", required: false)
        if let after, after != id, !roundExists(after) {
            problems.report(
                code: .roundUnknownPrevious, values["after"], field: "after", "there is no round '\(after)'",
                hint: "name a file of Stories/rondes/ without .md")
        }
        let status = textField("status", required: false) ?? "open"
        if status != "open" && status != "closed" {
            problems.report(
                code: .roundInvalidField, values["status"], field: "status", "status '\(status)' is not open or closed",
                hint: "write 'status: open' or 'status: closed'")
        }
        let domains = list("domains") ?? []
        for (domain, node) in domains where framework.domain(domain) == nil {
            problems.report(
                code: .roundUnknownDomain, node, field: "domains", "'\(domain)' is not a domain of change",
                hint: "the domains are: \(framework.domains.map(\.id).joined(separator: ", "))")
        }
        let candidates = list("candidates") ?? []
        for (story, node) in candidates where !storyExists(story) {
            problems.report(
                code: .roundUnknownStory, node, field: "candidates", "'\(story)' is not a story of the library",
                hint: "use ids that 'verhaal list' shows")
        }
        let domainIDs = domains.map(\.0)
        let candidateIDs = Set(candidates.map(\.0))
        var choices: [RoundChoice] = []
        if let node = values["choices"] {
            for item in node.sequence ?? [] {
                var fields: [String: Node] = [:]
                guard let mapping = item.mapping else {
                    problems.report(
                        code: .roundInvalidField, item, field: "choices", "a choice is not a set of fields",
                        hint: "record choices with 'verhaal round pick'")
                    continue
                }
                for (key, value) in mapping {
                    let name = key.string ?? ""
                    if Self.choiceFields.contains(name) {
                        fields[name] = value
                    } else {
                        problems.report(
                            code: .roundUnknownKey, key, field: "choices", "unknown field '\(name)' in a choice",
                            hint: "a choice has \(Self.choiceFields.joined(separator: ", "))")
                    }
                }
                let domain = fields["domain"]?.scalar?.string ?? ""
                let story = fields["story"]?.scalar?.string ?? ""
                let reason = fields["reason"]?.scalar?.string ?? ""
                guard !domain.isEmpty, !story.isEmpty, !reason.isEmpty else {
                    problems.report(
                        code: .roundMissingField, item, field: "choices", "a choice needs a domain, a story (or 'geen keuze') and a reason",
                        hint: "record choices with 'verhaal round pick'")
                    continue
                }
                if !domainIDs.contains(domain) {
                    problems.report(
                        code: .roundUnknownDomain, fields["domain"], field: "choices", "'\(domain)' is not a domain of this round",
                        hint: "the round's domains are: \(domainIDs.joined(separator: ", "))")
                }
                if story != RoundChoice.noChoice && !candidateIDs.contains(story) {
                    problems.report(
                        code: .roundPickNotCandidate, fields["story"], field: "choices", "'\(story)' is not a candidate of this round",
                        hint: "a panel chooses among the round's candidates, or writes 'geen keuze'")
                }
                if let problem = ReasonRule.problem(reason) {
                    problems.report(code: .roundReasonTooShort, fields["reason"], field: "choices", problem, hint: ReasonRule.hint)
                }
                choices.append(
                    RoundChoice(
                        domain: domain, story: story == RoundChoice.noChoice ? nil : story, reason: reason,
                        dissent: fields["dissent"]?.scalar?.string))
            }
        }
        var round = MSCRound(
            id: id, path: path, panel: panel ?? "", date: date ?? LocalDate(year: 2000, month: 1, day: 1)!, after: after,
            isClosed: status == "closed", domains: domainIDs, candidates: candidates.map(\.0), choices: choices,
            note: document.body.trimmingCharacters(in: .whitespacesAndNewlines))
        if round.isClosed && !round.openDomains.isEmpty {
            problems.report(
                code: .roundIncomplete, values["status"], field: "status",
                "the round is closed without a choice for \(round.openDomains.joined(separator: ", "))",
                hint: "record a choice or 'geen keuze' (with a reason) for every domain: verhaal round pick \(id) --domain D ID --reason …")
        }
        guard problems.diagnostics.isEmpty, panel != nil, date != nil else { return (nil, problems.diagnostics) }
        round.path = path
        return (round, [])
    }
}
