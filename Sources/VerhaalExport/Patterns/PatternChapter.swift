import Foundation
import VerhaalKit
import VerhaalSense

/// The chapter "Wat de verhalen samen laten zien": each pattern marked `yes` that has an
/// observation, with its figure, its statistics in words, the observation and the competing
/// interpretations side by side. Patterns are found over the stories the composition's
/// audience may see, so its figures suppress small groups like every other figure.
public enum PatternChapter {
    /// The chapter, and a warning for each marked pattern with an observation that the
    /// audience's run cannot show or test.
    public static func chapter(library: Library, audience: Audience) throws -> (section: Section, warnings: [String]) {
        let strings = DocumentStrings.forLanguage(library.settings.language)
        let words = strings.patterns
        let analysis = PatternAnalysis(library: library, audience: audience)
        var warnings: [String] = []
        for id in library.marks.remarkable where library.observations.contains(where: { $0.pattern == id }) {
            guard let pattern = analysis.pattern(id: id), !pattern.withheld else {
                warnings.append("pattern '\(id)' is marked, but hidden for the audience \(audience.rawValue): its groups are too small")
                continue
            }
            if pattern.p == nil {
                let reason = pattern.noTest ?? "no test"
                warnings.append("pattern '\(id)' is marked, but has no test for the audience \(audience.rawValue): \(reason)")
            }
        }
        let remarkable = library.marks.remarkable.compactMap(analysis.pattern(id:)).filter { !$0.withheld }
            .sorted { ($0.q ?? 2, $0.id) < ($1.q ?? 2, $1.id) }
        var subsections: [Section] = []
        for pattern in remarkable {
            let observations = library.observations.filter { $0.pattern == pattern.id }
            guard let first = observations.first else { continue }
            subsections.append(
                try subsection(pattern, observations: observations, title: first.title, analysis: analysis, strings: strings))
        }
        let intro: [Block] = [.paragraph([.text(subsections.isEmpty ? words.none : words.intro)])]
        return (Section(id: "patronen", title: words.title, blocks: intro, subsections: subsections, kind: .patterns), warnings)
    }

    /// The chapter as `Composer` asks for it: for a composition that shows its remarkable
    /// patterns, over the composition's audience.
    public struct Provider: ChapterProvider {
        public init() {}

        public func chapter(for composition: Composition, library: Library) throws -> ProvidedChapter? {
            guard composition.showsRemarkablePatterns else { return nil }
            let made = try PatternChapter.chapter(library: library, audience: composition.audience)
            return ProvidedChapter(section: made.section, warnings: made.warnings)
        }
    }

    private static func subsection(
        _ pattern: Pattern, observations: [Observation], title: String, analysis: PatternAnalysis, strings: DocumentStrings
    ) throws -> Section {
        let words = strings.patterns
        let figureTitle = analysis.title(of: pattern)
        var blocks: [Block] = []
        let storiesLabel = analysis.language == .english ? "stories" : "verhalen"
        if let svg = try PatternFigure.svg(for: pattern, dimensions: analysis.dimensions, storiesLabel: storiesLabel) {
            let size = SVGSize.of(svg)
            blocks.append(
                .figure(
                    FigureBlock(
                        id: "patroon-\(pattern.id)", title: figureTitle,
                        description: PatternSummary.figureDescription(
                            for: pattern, title: figureTitle, language: analysis.language, protected: analysis.options.disclosure != nil),
                        svg: svg, width: size.width, height: size.height)))
        }
        blocks.append(
            .paragraph([.emphasis([.text(PatternSummary.sentence(for: pattern, tests: analysis.run.tests, language: analysis.language))])]))
        for observation in observations {
            if observations.count > 1 { blocks.append(.heading(level: 3, [.text(observation.title)])) }
            let strength = words.strengths[max(0, min(2, observation.strength - 1))]
            blocks.append(
                .paragraph([
                    .text("\(words.observedBy) \(observation.author), \(strings.format(observation.date)). \(words.strength): \(strength).")
                ]))
            blocks.append(.markdown(observation.text))
            blocks.append(.table(interpretationsTable(observation.interpretations, words: words)))
        }
        return Section(id: "patroon-\(pattern.id)-tekst", title: title, blocks: blocks, kind: .patterns)
    }

    /// One column per interpretation: its reading, its questions and its idea.
    static func interpretationsTable(_ interpretations: [Interpretation], words: PatternChapterStrings) -> TableBlock {
        var rows = [TableBlock.Row(cells: interpretations.map { [.text($0.text)] })]
        if interpretations.contains(where: { !$0.questions.isEmpty }) {
            rows.append(
                TableBlock.Row(
                    cells: interpretations.map { item in
                        item.questions.isEmpty
                            ? [] : [.strong([.text(words.questions + ": ")]), .text(item.questions.joined(separator: " "))]
                    }))
        }
        if interpretations.contains(where: { $0.idea != nil }) {
            rows.append(
                TableBlock.Row(
                    cells: interpretations.map { item in
                        item.idea.map { [.strong([.text(words.idea + ": ")]), .text($0)] } ?? []
                    }))
        }
        return TableBlock(title: words.interpretations, header: interpretations.map(\.title), rows: rows, role: "interpretations")
    }
}

/// The width and height an SVG document declares, in points.
enum SVGSize {
    static func of(_ svg: Data) -> (width: Double, height: Double) {
        let values = ["width", "height"].map { name -> Double in
            XMLAttributeReader.unqualifiedValues(in: svg, element: "svg", attribute: name, namespace: "http://www.w3.org/2000/svg")
                .first.flatMap(Double.init) ?? 0
        }
        return (values[0], values[1])
    }
}
