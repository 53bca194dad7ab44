import Foundation
import VerhaalExport
import VerhaalKit
import VerhaalSense

/// What a pattern's page shows, on the web and in the static report: its figure, its
/// statistics in words, a seeded sample of the stories behind it from groups of at least the
/// minimum size, and its observations with their interpretations.
struct PatternDetailView: Encodable, Sendable {
    struct Story: Encodable, Sendable {
        var title: String
        var href: String?
        var meta: String
    }

    struct InterpretationView: Encodable, Sendable {
        var title: String
        var text: String
        var questions: [String]
        var hasQuestions: Bool
        var idea: String?
    }

    struct ObservationView: Encodable, Sendable {
        var title: String
        var meta: String
        var textHTML: String
        var interpretations: [InterpretationView]
    }

    var id: String
    var title: String
    var statistics: String
    var pairs: [String]
    var hasPairs: Bool
    var figureSVG: String
    var mark: String
    var stories: [Story]
    var hasStories: Bool
    var observations: [ObservationView]
    var hasObservations: Bool

    /// `storyLink` gives a story's address, or nil where stories have no pages (the report).
    init(pattern: Pattern, analysis: PatternAnalysis, library: Library, strings: WebStrings, storyLink: (Entry) -> String?) throws {
        let english = analysis.language == .english
        let words = strings.patterns
        let document = DocumentStrings.forLanguage(analysis.language.rawValue)
        id = pattern.id
        title = analysis.title(of: pattern)
        statistics = PatternSummary.sentence(for: pattern, tests: analysis.run.tests, language: analysis.language)
        // Only a coordinator's run knows who told the stories; it says so when one teller dominates.
        if let teller = pattern.dominantTeller {
            statistics +=
                english
                ? " Most of these stories come from one teller: \(teller)."
                : " De meeste van deze verhalen komen van één verteller: \(teller)."
        }
        let categories = Dictionary(
            analysis.dimensions.flatMap(\.categories).map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        pairs = pattern.pairs.map { pair in
            let names = pair.categories.map { categories[$0] ?? $0 }.joined(separator: " – ")
            return
                "Mann–Whitney \(names): U = \(PatternSummary.number(pair.statistic, english)), q = \(PatternText.number(pair.q, english: english))"
        }
        hasPairs = !pairs.isEmpty
        let storiesLabel = english ? "stories" : "verhalen"
        figureSVG =
            try PatternFigure.svg(for: pattern, dimensions: analysis.dimensions, storiesLabel: storiesLabel).map(PatternText.inline) ?? ""
        mark = library.marks[pattern.id].flatMap { words.markNames[$0.rawValue] } ?? words.unmarked
        stories = analysis.sample(of: pattern).map { entry in
            Story(
                title: entry.title, href: storyLink(entry),
                meta: [strings.kinds[entry.kind.rawValue] ?? entry.kind.rawValue, entry.teller, document.format(entry.date)]
                    .joined(separator: " · "))
        }
        hasStories = !stories.isEmpty
        observations = library.observations.filter { $0.pattern == pattern.id }.map { observation in
            ObservationView(
                title: observation.title,
                meta:
                    "\(words.observedBy) \(observation.author), \(document.format(observation.date)) · \(words.strength): \(words.strengthNames[observation.strength - 1])",
                textHTML: Markdown.html(from: observation.text),
                interpretations: observation.interpretations.map {
                    InterpretationView(
                        title: $0.title, text: $0.text, questions: $0.questions, hasQuestions: !$0.questions.isEmpty, idea: $0.idea)
                })
        }
        hasObservations = !observations.isEmpty
    }
}
