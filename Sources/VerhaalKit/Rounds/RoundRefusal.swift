/// Why Verhaal refuses to open, change or close a round. The CLI and the web check the same
/// things (`MSCRound.opening`, `pick`, `close`, `LibraryStore.createRound`) and say them in
/// their own words: the CLI in English through `error`, the web in the library's language.
public enum RoundRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidName(String)
    case exists(String)
    case missingPanel
    case afterWithFilters
    /// There is no round of this name without errors.
    case unknownRound(String, known: [String] = [])
    /// The round named by `--after` is still open.
    case previousStillOpen(String)
    case noCandidates
    case closed(String)
    case unknownDomain(String, domains: [String])
    case notACandidate(String, candidates: [String])
    case storyAndNone
    case noStory
    case shortReason(longestSentence: Int)
    case domainsWithoutChoice([String])
    /// The domain has a choice; a new one needs `--replace`.
    case alreadyChosen(String, story: String?)

    /// The refusal as the CLI prints it: what is wrong, and what to do.
    public var error: VerhaalError {
        switch self {
        case .invalidName(let name):
            VerhaalError("'\(name)' is not a valid round name", hint: "use lower-case letters, digits and hyphens, e.g. netwerktafel-2020")
        case .exists(let name):
            VerhaalError("the round '\(name)' exists already", hint: "choose another name, or 'verhaal round pick' in it")
        case .missingPanel:
            VerhaalError("the round needs a panel", hint: "say who chooses, e.g. --panel Netwerktafel")
        case .afterWithFilters:
            VerhaalError("--after and filters cannot be combined", hint: "a round after another reads that round's choices")
        case .unknownRound(let name, let known):
            VerhaalError(
                "there is no round '\(name)' without errors",
                hint: KeySuggestion.didYouMean(name, among: known) + "see 'verhaal round list' and 'verhaal check'")
        case .previousStillOpen(let name):
            VerhaalError("the round '\(name)' is still open", hint: "close it first: verhaal round close \(name)")
        case .noCandidates:
            VerhaalError("the round would have no candidates", hint: "choose other filters, or a round with chosen stories")
        case .closed(let name):
            VerhaalError("the round '\(name)' is closed", hint: "open a new round to choose again")
        case .unknownDomain(let domain, let domains):
            VerhaalError(
                "'\(domain)' is not a domain of this round",
                hint: KeySuggestion.didYouMean(domain, among: domains) + "the domains are: \(domains.joined(separator: ", "))")
        case .notACandidate(let story, let candidates):
            VerhaalError(
                "'\(story)' is not a candidate of this round", hint: "the candidates are: \(candidates.joined(separator: ", "))")
        case .storyAndNone:
            VerhaalError("give a story or --none, not both", hint: "verhaal round pick NAME --domain D ID --reason …")
        case .noStory:
            VerhaalError("give the chosen story's id, or --none", hint: "verhaal round pick NAME --domain D ID --reason …")
        case .shortReason(let longest):
            VerhaalError(ReasonRule.problem(longestSentence: longest), hint: ReasonRule.hint)
        case .alreadyChosen(let domain, let story):
            VerhaalError(
                "'\(domain)' has a choice already: \(story ?? RoundChoice.noChoice)",
                hint: "add --replace to choose again; the earlier choice stays in the round's record as replaced, with its reasons")
        case .domainsWithoutChoice(let domains):
            VerhaalError(
                "the round has no choice yet for \(domains.joined(separator: ", "))",
                hint: "record one, or 'geen keuze' with a reason: verhaal round pick NAME --domain D --none --reason …")
        }
    }

    public var description: String { error.description }
}
