import VerhaalKit

/// A refused round action (`RoundRefusal`, the checks the CLI makes too) in the words of the
/// round pages, in the library's language.
struct RoundMessages: Sendable {
    let isEnglish: Bool
    let framework: Framework

    init(language: String, framework: Framework) {
        isEnglish = Language(code: language) == .english
        self.framework = framework
    }

    /// The title of a domain of change.
    func domainTitle(_ id: String) -> String {
        framework.domain(id)?.title ?? id
    }

    func message(for refusal: RoundRefusal) -> String {
        switch refusal {
        case .invalidName:
            isEnglish
                ? "A name has only lower-case letters, digits and hyphens, e.g. network-table-2021."
                : "Een naam heeft alleen kleine letters, cijfers en streepjes, bijvoorbeeld netwerktafel-2021."
        case .exists(let name):
            isEnglish ? "There is a round ‘\(name)’ already. Choose another name." : "Er is al een ronde ‘\(name)’. Kies een andere naam."
        case .missingPanel:
            isEnglish ? "Say who chooses: the panel." : "Vul in wie kiest: het panel."
        case .afterWithFilters:
            isEnglish
                ? "Take the choices of a round or use filters, not both."
                : "Neem de keuzes van een ronde óf gebruik filters, niet allebei."
        case .unknownRound(let name, _):
            isEnglish
                ? "There is no round ‘\(name)’ without errors. Run verhaal check."
                : "Er is geen ronde ‘\(name)’ zonder fouten. Kijk met verhaal check wat er mis is."
        case .previousStillOpen(let name):
            isEnglish ? "The round ‘\(name)’ is still open. Close it first." : "De ronde ‘\(name)’ loopt nog. Sluit haar eerst."
        case .noCandidates:
            isEnglish
                ? "There would be no candidates: the filters find no story that may be shared. Choose other filters."
                : "Er zouden geen kandidaten zijn: de filters vinden geen verhaal dat gedeeld mag worden. Kies andere filters."
        case .closed:
            isEnglish
                ? "This round is closed. Open a new round to choose again."
                : "Deze ronde is gesloten. Open een nieuwe ronde om opnieuw te kiezen."
        case .unknownDomain:
            isEnglish ? "Choose a domain of this round." : "Kies een domein van deze ronde."
        case .notACandidate:
            isEnglish ? "Choose a story among the candidates." : "Kies een verhaal uit de kandidaten."
        case .storyAndNone, .noStory:
            isEnglish ? "Choose a story, or ‘no choice’." : "Kies een verhaal, of ‘geen keuze’."
        case .shortReason(let longest):
            isEnglish
                ? "Say why in full sentences: at least one sentence of \(ReasonRule.minimumWords) words or more (the longest has \(longest) now)."
                : "Schrijf waarom in hele zinnen: minstens één zin van \(ReasonRule.minimumWords) woorden of meer (de langste heeft er nu \(longest))."
        case .alreadyChosen(let domain, _):
            isEnglish
                ? "‘\(domainTitle(domain))’ has been chosen in the meantime. Change that choice to choose again; the earlier one stays in the round."
                : "‘\(domainTitle(domain))’ heeft intussen een keuze. Wijzig die keuze om opnieuw te kiezen; de eerdere blijft in de ronde bewaard."
        case .domainsWithoutChoice(let domains):
            (isEnglish ? "No choice yet for: " : "Nog geen keuze voor: ")
                + domains.map { "‘\(domainTitle($0))’" }.joined(separator: ", ")
                + (isEnglish ? ". Record a choice or ‘no choice’ for each." : ". Leg voor elk een keuze of ‘geen keuze’ vast.")
        }
    }
}
