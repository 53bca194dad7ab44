import Foundation
import VerhaalKit
import VerhaalSense

/// The chapter "Wat de verhalen samen laten zien": each pattern marked `yes` that has an
/// observation, with its figure, the observation and the competing interpretations side by
/// side. For the network the statistics are said in words beside each pattern; for a board the
/// observation leads and the statistics are one table in the appendix ("Verantwoording van de
/// patronen"). Patterns are found over the stories the composition's audience may see, so its
/// figures suppress small groups like every other figure, and a count an observation gives of
/// the stories it was written against is replaced by the count of this document.
public enum PatternChapter {
    /// The chapter, the appendix's account of the patterns for a board, and a warning for each
    /// marked pattern with an observation that the audience's run cannot show or test.
    public static func chapter(
        library: Library, audience: Audience, readers: Composition.Readers = .network
    ) throws -> (section: Section, appendix: [Section], warnings: [String]) {
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
        var account: [TableBlock.Row] = []
        for pattern in remarkable {
            let observations = library.observations.filter { $0.pattern == pattern.id }
            guard let first = observations.first else { continue }
            subsections.append(
                try subsection(
                    pattern, observations: observations, title: first.title, analysis: analysis, strings: strings, readers: readers))
            account.append(
                TableBlock.Row(
                    cells: ([first.title] + PatternSummary.accountCells(for: pattern, language: analysis.language)).map { [.text($0)] }))
        }
        let board = readers == .board
        let intro: [Block] = [.paragraph([.text(subsections.isEmpty ? words.none : board ? words.boardIntro : words.intro)])]
        let chapter = Section(id: "patronen", title: words.title, blocks: intro, subsections: subsections, kind: .patterns)
        guard board && !account.isEmpty else { return (chapter, [], warnings) }
        let appendix = Section(
            id: "verantwoording-patronen", title: words.accountTitle,
            blocks: [
                .paragraph([.text(words.accountIntro)]),
                .table(TableBlock(header: words.accountHeader, rows: account, role: "pattern-account")),
                .list(ordered: false, items: words.accountColumns.map { [.paragraph([.text($0)])] }),
            ])
        return (chapter, [appendix], warnings)
    }

    /// The chapter as `Composer` asks for it: for a composition that shows its remarkable
    /// patterns, over the composition's audience.
    public struct Provider: ChapterProvider {
        public init() {}

        public func chapter(for composition: Composition, library: Library) throws -> ProvidedChapter? {
            guard composition.showsRemarkablePatterns else { return nil }
            let made = try PatternChapter.chapter(library: library, audience: composition.audience, readers: composition.effectiveReaders)
            return ProvidedChapter(section: made.section, appendix: made.appendix, warnings: made.warnings)
        }
    }

    private static func subsection(
        _ pattern: Pattern, observations: [Observation], title: String, analysis: PatternAnalysis, strings: DocumentStrings,
        readers: Composition.Readers
    ) throws -> Section {
        let words = strings.patterns
        let figureTitle = analysis.title(of: pattern)
        var figure: Block?
        let storiesLabel = analysis.language == .english ? "stories" : "verhalen"
        if let svg = try PatternFigure.svg(for: pattern, dimensions: analysis.dimensions, storiesLabel: storiesLabel) {
            let size = SVGSize.of(svg)
            figure = .figure(
                FigureBlock(
                    id: "patroon-\(pattern.id)", title: figureTitle, description: figureDescription(pattern, analysis: analysis),
                    svg: svg, width: size.width, height: size.height))
        }
        let statistics = Block.paragraph([
            .emphasis([.text(PatternSummary.sentence(for: pattern, tests: analysis.run.tests, language: analysis.language))])
        ])
        var blocks: [Block] = []
        if readers == .network { blocks += [figure, statistics].compactMap { $0 } }
        for (index, observation) in observations.enumerated() {
            if observations.count > 1 { blocks.append(.heading(level: 3, [.text(observation.title)])) }
            let strength = words.strengths[max(0, min(2, observation.strength - 1))]
            let observed = Block.paragraph([
                .text("\(words.observedBy) \(observation.author), \(strings.format(observation.date)). \(words.strength): \(strength).")
            ])
            let text = Block.markdown(counted(observation, in: pattern, words: words))
            if readers == .board {
                // What was seen leads, then the figure it was seen in.
                blocks += [text] + (index == 0 ? [figure].compactMap { $0 } : []) + [observed]
            } else {
                blocks += [observed, text]
            }
            blocks.append(.table(interpretationsTable(observation.interpretations, words: words)))
        }
        let meaning = slideLine(StoryExcerpt.firstSentence(of: Markdown.plainText(counted(observations[0], in: pattern, words: words))))
        var summary = SectionSummary(lines: [meaning])
        summary.figure = try SlideFigure.fitted(
            id: "patroon-\(pattern.id)-dia", title: figureTitle, description: figureDescription(pattern, analysis: analysis),
            under: meaning
        ) { scale in
            try PatternFigure.svg(for: pattern, dimensions: analysis.dimensions, storiesLabel: storiesLabel, textScale: scale)
        }
        return Section(id: "patroon-\(pattern.id)-tekst", title: title, blocks: blocks, kind: .patterns, summary: summary)
    }

    /// What a pattern's slide says above its figure: the observation's first sentence, cut at a
    /// word to two lines, so that the figure keeps the rest of the slide.
    static func slideLine(_ sentence: String) -> String {
        let limit = 2
        guard SlideFit.lines(sentence, size: SlideFit.textSizes[0], width: SlideFit.contentWidth) > limit else { return sentence }
        var line = ""
        for word in sentence.split(separator: " ") {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if SlideFit.lines(candidate + " …", size: SlideFit.textSizes[0], width: SlideFit.contentWidth) > limit { break }
            line = candidate
        }
        return line + " …"
    }

    private static func figureDescription(_ pattern: Pattern, analysis: PatternAnalysis) -> String {
        PatternSummary.figureDescription(
            for: pattern, title: analysis.title(of: pattern), language: analysis.language, protected: analysis.options.disclosure != nil)
    }

    /// The observation's text with the count of stories it was written against ("27 verhalen")
    /// replaced by this document's count, so that the text and the figure never disagree and a
    /// public document never tells how many stories the network has.
    static func counted(_ observation: Observation, in pattern: Pattern, words: PatternChapterStrings) -> String {
        guard let basis = observation.basis, basis.n != pattern.n else { return observation.text }
        return observation.text.replacingOccurrences(of: "\(basis.n) \(words.stories)", with: "\(pattern.n) \(words.stories)")
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
