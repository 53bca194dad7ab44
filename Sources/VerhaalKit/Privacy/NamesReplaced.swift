/// The texts a document shows of rounds, session records and observations, with the names a
/// document's `DocumentPrivacy` replaces replaced, and the story ids they name mapped alike.
extension MSCRound {
    func replacingNames(_ privacy: DocumentPrivacy) -> MSCRound {
        var round = self
        round.panel = privacy.apply(panel)
        round.note = privacy.apply(note)
        round.candidates = candidates.map(privacy.id)
        round.choices = choices.map { choice in
            var choice = choice
            choice.story = choice.story.map(privacy.id)
            choice.reason = privacy.apply(choice.reason)
            choice.dissent = choice.dissent.map(privacy.apply)
            return choice
        }
        return round
    }
}

extension SessionRecord {
    func replacingNames(_ privacy: DocumentPrivacy) -> SessionRecord {
        var session = self
        session.title = privacy.apply(title)
        session.facilitator = privacy.apply(facilitator)
        session.participantNames = participantNames.map(privacy.apply)
        session.text = privacy.apply(text)
        session.resonant = resonant.map { ResonantStory(story: privacy.id($0.story), kind: $0.kind, why: privacy.apply($0.why)) }
        session.outcomes = outcomes.map { SessionOutcome(kind: $0.kind, text: privacy.apply($0.text)) }
        return session
    }
}

extension Observation {
    func replacingNames(_ privacy: DocumentPrivacy) -> Observation {
        var observation = self
        observation.title = privacy.apply(title)
        observation.author = privacy.apply(author)
        observation.text = privacy.apply(text)
        observation.interpretations = interpretations.map { interpretation in
            Interpretation(
                title: privacy.apply(interpretation.title), text: privacy.apply(interpretation.text),
                questions: interpretation.questions.map(privacy.apply), idea: interpretation.idea.map(privacy.apply))
        }
        return observation
    }
}
