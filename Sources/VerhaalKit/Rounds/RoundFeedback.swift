/// What a teller hears back about their story: every round it was a candidate in, in date
/// order, and where the panel chose it, the domain, the reasons and any dissent.
public struct RoundMention: Sendable, Equatable {
    public var round: MSCRound
    /// The panel's choices of this story (one per domain it was chosen in); empty when it was
    /// a candidate only.
    public var choices: [RoundChoice]

    public var isChosen: Bool { !choices.isEmpty }

    /// The rounds `story` was a candidate in, oldest first.
    public static func mentions(of story: String, in rounds: [MSCRound]) -> [RoundMention] {
        rounds.filter { $0.candidates.contains(story) }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }.map { round in
            RoundMention(round: round, choices: round.choices.filter { $0.story == story })
        }
    }
}

extension LibraryStore {
    /// The rounds of `Stories/rondes/` that read without errors, for feedback to tellers (where a
    /// story's existence is not checked: `check` does that).
    public func rounds(framework: Framework) -> [MSCRound] {
        readRounds(framework: framework, storyExists: { _ in true }).rounds
    }
}
