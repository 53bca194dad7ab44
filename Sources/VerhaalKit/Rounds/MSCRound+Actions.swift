import Foundation

/// What a panel does with a round, with every check the CLI and the web share.
extension MSCRound {
    /// A new round named `name`. Its candidates are the stories chosen in the closed round
    /// `after`, or else the entries `query` finds, never a private one (a panel reads them).
    public static func opening(
        name: String, panel: String, date: LocalDate, after: String?, query: EntryQuery, in library: Library
    ) throws(RoundRefusal) -> MSCRound {
        guard EntryID.isValid(name) else { throw .invalidName(name) }
        let panel = panel.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !panel.isEmpty else { throw .missingPanel }
        let candidates: [String]
        if let after {
            guard query.isEmpty else { throw .afterWithFilters }
            guard let previous = library.rounds.first(where: { $0.id == after }) else {
                throw .unknownRound(after, known: library.rounds.map(\.id))
            }
            guard previous.isClosed else { throw .previousStillOpen(after) }
            candidates = previous.chosenStories
        } else {
            candidates = query.filter(library.entries).filter { $0.share != .private }.map(\.id)
        }
        guard !candidates.isEmpty else { throw .noCandidates }
        return MSCRound(
            id: name, path: "", panel: panel, date: date, after: after, domains: library.framework.domains.map(\.id),
            candidates: candidates)
    }

    /// Records the panel's choice in `domain`: `story`, or none ("geen keuze") when nil, with
    /// the reason and any dissent. A domain with a choice already is refused unless `replacing`;
    /// then the earlier choice moves to `replaced`, with its reasons and dissent.
    public mutating func pick(
        domain: String, story: String?, reason: String, dissent: String?, replacing: Bool = false
    ) throws(RoundRefusal) {
        guard !isClosed else { throw .closed(id) }
        guard domains.contains(domain) else { throw .unknownDomain(domain, domains: domains) }
        if let story, !candidates.contains(story) { throw .notACandidate(story, candidates: candidates) }
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        let longest = ReasonRule.longestSentence(reason)
        guard longest >= ReasonRule.minimumWords else { throw .shortReason(longestSentence: longest) }
        let dissent = dissent?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let earlier = choice(for: domain) {
            guard replacing else { throw .alreadyChosen(domain, story: earlier.story) }
            replaced.append(earlier)
        }
        choices.removeAll { $0.domain == domain }
        choices.append(RoundChoice(domain: domain, story: story, reason: reason, dissent: dissent?.isEmpty == false ? dissent : nil))
        let order = domains
        choices.sort { (order.firstIndex(of: $0.domain) ?? 0) < (order.firstIndex(of: $1.domain) ?? 0) }
    }

    /// Closes the round once every domain has a choice or "geen keuze".
    public mutating func close() throws(RoundRefusal) {
        guard openDomains.isEmpty else { throw .domainsWithoutChoice(openDomains) }
        isClosed = true
    }
}
