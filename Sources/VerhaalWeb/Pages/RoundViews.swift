import Foundation
import VerhaalKit

/// The values of the round pages: the list with the form that opens a round, and one round
/// with a form per domain of change.
enum RoundViews {
    struct Row: Encodable, Sendable {
        var href: String
        var id: String
        var panel: String
        var meta: String
    }

    struct OpenForm: Encodable, Sendable {
        var name: String
        var panel: String
        var date: String
        var afterOptions: [SelectOption]
        var selects: [SelectField]
        var since: String
        var until: String
        var text: String
        var hasProblems: Bool
        var problems: [String]
    }

    struct ListContent: Encodable, Sendable {
        var rows: [Row]
        var hasRows: Bool
        var broken: [String]
        var hasBroken: Bool
        var form: OpenForm
    }

    struct Candidate: Encodable, Sendable {
        var href: String
        var title: String
        var meta: String
    }

    struct PickForm: Encodable, Sendable {
        var action: String
        var domain: String
        var options: [SelectOption]
        var reason: String
        var dissent: String
        var button: String
        var hasProblems: Bool
        var problems: [String]
    }

    struct Domain: Encodable, Sendable {
        var anchor: String
        var title: String
        var hasChoice: Bool
        var chosenTitle: String?
        var chosenHref: String?
        var reason: String?
        var dissent: String?
        var form: PickForm?
    }

    struct DetailContent: Encodable, Sendable {
        var id: String
        var panel: String
        var meta: String
        var afterHref: String?
        var afterLabel: String?
        var savedLine: String?
        var candidates: [Candidate]
        var candidateCount: Int
        var hiddenLine: String?
        var domains: [Domain]
        var isOpen: Bool
        var closeAction: String
        var openDomainsLine: String?
        var hasCloseProblems: Bool
        var closeProblems: [String]
        var nextHref: String?
    }

    /// What the coordinator posted and why it was refused, to show the form again.
    struct Refused<Fields: Sendable>: Sendable {
        var fields: Fields
        var problems: [String]
    }

    static func row(_ round: MSCRound, strings: WebStrings) -> Row {
        let words = strings.rounds
        let format = DocumentStrings.forLanguage(strings.lang).format
        let chosen = round.domains.count - round.openDomains.count
        let parts = [
            format(round.date), round.isClosed ? words.closed : words.open, words.candidatesCount.filled(with: round.candidates.count),
            words.chosenCount.replacingOccurrences(of: "{chosen}", with: "\(chosen)").replacingOccurrences(
                of: "{domains}", with: "\(round.domains.count)"),
        ]
        return Row(href: "/rondes/\(round.id)", id: round.id, panel: round.panel, meta: parts.joined(separator: " · "))
    }

    static func openForm(
        rounds: [MSCRound], library: Library, visible: VisibleEntries, strings: WebStrings, after: String?,
        refused: Refused<OpenRoundFields>?
    ) -> OpenForm {
        let words = strings.rounds
        let fields = refused?.fields
        let framework = library.framework
        func options(_ items: [(String, String)], selected: String?) -> [SelectOption] {
            [SelectOption(value: "", label: strings.stories.any, selected: selected == nil)]
                + items.map { SelectOption(value: $0.0, label: $0.1, selected: $0.0 == selected) }
        }
        let chosenAfter = fields.map { OpenRoundFields.filled($0.na) } ?? after
        let closed = rounds.filter(\.isClosed)
        let afterOptions =
            [SelectOption(value: "", label: words.fromLibrary, selected: chosenAfter == nil)]
            + closed.map {
                SelectOption(value: $0.id, label: words.fromRound.filled(with: "\($0.panel) (\($0.id))"), selected: $0.id == chosenAfter)
            }
        let selects = [
            SelectField(
                id: "les", label: strings.stories.lesson,
                options: options(framework.lessons.map { ($0.id, $0.label) }, selected: fields?.les)),
            SelectField(
                id: "perspectief", label: strings.stories.perspective,
                options: options(framework.perspectives.map { ($0.id, $0.title) }, selected: fields?.perspectief)),
            SelectField(
                id: "soort", label: words.kind,
                options: options(
                    EntryKind.allCases.map { ($0.rawValue, strings.kinds[$0.rawValue] ?? $0.rawValue) }, selected: fields?.soort)),
            SelectField(
                id: "tag", label: strings.stories.tag,
                options: options(library.tags(visibleTo: visible.readership).map { ($0, $0) }, selected: fields?.tag)),
        ]
        let problems = refused?.problems ?? []
        return OpenForm(
            name: fields?.naam ?? "", panel: fields?.panel ?? "", date: fields?.datum ?? LocalDate.today().description,
            afterOptions: afterOptions, selects: selects, since: fields?.vanaf ?? "", until: fields?.tot ?? "",
            text: fields?.tekst ?? "", hasProblems: !problems.isEmpty, problems: problems)
    }

    static func detail(
        _ round: MSCRound, library: Library, visible: VisibleEntries, strings: WebStrings, saved: String?,
        refusedPick: Refused<PickFields>?, closeProblems: [String]
    ) -> DetailContent {
        let words = strings.rounds
        let framework = library.framework
        let format = DocumentStrings.forLanguage(strings.lang).format
        let readable = round.candidates.compactMap(visible.entry(id:))
        let hidden = round.candidates.count - readable.count
        let domains = round.domains.map { domain -> Domain in
            let choice = round.choice(for: domain)
            var chosenTitle: String?
            var chosenHref: String?
            if let choice {
                if let story = choice.story {
                    let entry = visible.entry(id: story)
                    chosenTitle = entry?.title ?? words.hiddenStory
                    chosenHref = entry.map { "/verhalen/\($0.id)" }
                } else {
                    chosenTitle = words.noChoice
                }
            }
            var form: PickForm?
            if !round.isClosed {
                let refused = refusedPick.flatMap { $0.fields.domein == domain ? $0 : nil }
                let selected = refused?.fields.verhaal ?? choice.map { $0.story ?? PickFields.noChoiceValue }
                let options =
                    [SelectOption(value: "", label: words.chooseStory, selected: selected == nil || selected == "")]
                    + readable.map { SelectOption(value: $0.id, label: $0.title, selected: $0.id == selected) }
                    + [
                        SelectOption(
                            value: PickFields.noChoiceValue, label: words.noChoiceOption, selected: selected == PickFields.noChoiceValue)
                    ]
                let problems = refused?.problems ?? []
                form = PickForm(
                    action: "/rondes/\(round.id)/keuze#domein-\(domain)", domain: domain, options: options,
                    reason: refused?.fields.reden ?? choice?.reason ?? "", dissent: refused?.fields.anders ?? choice?.dissent ?? "",
                    button: choice == nil ? words.pickButton : words.changeButton, hasProblems: !problems.isEmpty, problems: problems)
            }
            return Domain(
                anchor: "domein-\(domain)", title: framework.domain(domain)?.title ?? domain, hasChoice: choice != nil,
                chosenTitle: chosenTitle, chosenHref: chosenHref, reason: choice?.reason, dissent: choice?.dissent, form: form)
        }
        let messages = RoundMessages(language: strings.lang, framework: framework)
        let open = round.openDomains.map { "‘\(messages.domainTitle($0))’" }
        return DetailContent(
            id: round.id, panel: round.panel,
            meta: [format(round.date), round.isClosed ? words.closed : words.open].joined(separator: " · "),
            afterHref: round.after.map { "/rondes/\($0)" }, afterLabel: round.after,
            savedLine: saved,
            candidates: readable.map {
                Candidate(
                    href: "/verhalen/\($0.id)", title: $0.title,
                    meta: [strings.kinds[$0.kind.rawValue] ?? $0.kind.rawValue, format($0.date), $0.teller].joined(separator: " · "))
            },
            candidateCount: readable.count, hiddenLine: hidden > 0 ? words.hiddenCandidates.filled(with: hidden) : nil, domains: domains,
            isOpen: !round.isClosed,
            closeAction: "/rondes/\(round.id)/sluiten#sluiten",
            openDomainsLine: round.isClosed || open.isEmpty ? nil : words.openDomains.filled(with: open.joined(separator: ", ")),
            hasCloseProblems: !closeProblems.isEmpty, closeProblems: closeProblems,
            nextHref: round.isClosed && !round.chosenStories.isEmpty ? "/rondes?na=\(round.id)#openen" : nil)
    }
}
