/// Turns a library and a composition into a `Narrative`: the wenkend-perspectief structure or
/// the composition's own sections, an introduction with the travel route, a closing, and the
/// appendix *Verantwoording* listing every entry used.
///
/// Only entries the audience may see go in: a `private` entry never does. Order is
/// deterministic (date, then id, unless the composition lists entries explicitly).
public struct Composer: Sendable {
    public let library: Library
    /// The date of a document whose composition gives none: the day it is made.
    public let exportDate: LocalDate
    /// Chapters from outside the kit, each put before the closing in this order.
    public let chapters: [any ChapterProvider]

    public init(library: Library, exportDate: LocalDate = .exportDate(), chapters: [any ChapterProvider] = []) {
        self.library = library
        self.exportDate = exportDate
        self.chapters = chapters
    }

    public func compose(_ composition: Composition) throws -> ComposeResult {
        try checkReferences(composition)
        let privacy = DocumentPrivacy(library: library, audience: composition.audience, pseudonyms: composition.usesPseudonyms)
        let (library, withheld, refusing, originals) = privacy.view(of: self.library)
        let composition = privacy.apply(to: composition)
        var state = CompositionState(
            library: library, composition: composition, strings: .forLanguage(library.settings.language), withheld: withheld,
            refusing: refusing)
        state.selectPool()
        var sections = [state.introduction()]
        if let custom = composition.sections {
            sections += custom.enumerated().compactMap { state.customSection($1, index: $0 + 1) }
        } else {
            sections += [state.lessonsSection(), state.perspectivesSection()].filter { !$0.subsections.isEmpty }
        }
        if let name = composition.selections {
            guard let round = library.rounds.first(where: { $0.id == name }) else {
                throw VerhaalError(
                    "composition '\(composition.id)': 'selections' names the round '\(name)', which does not exist or has errors",
                    hint: "see 'verhaal round list' and 'verhaal check'")
            }
            sections.append(state.selectionsSection(round, rounds: library.rounds))
        }
        var sessions: [SessionRecord] = []
        if let period = composition.sessions {
            sessions = library.sessions.filter { period.contains($0.date) }
            let held = sessions.filter { !$0.isDraft }
            if !held.isEmpty { sections.append(state.sessionsSection(held)) }
        }
        var warnings = CompositionValidator.withdrawn(in: composition, withdrawn: library.withdrawn).map(\.notice)
        warnings += sessions.filter(\.isDraft).map {
            "session '\($0.id)' is left out: it has no outcomes and no resonant stories yet (\($0.path))"
        }
        var appendices: [Section] = []
        for provider in chapters {
            guard let provided = try provider.chapter(for: composition, library: library) else { continue }
            sections.append(provided.section)
            appendices += provided.appendix
            warnings += provided.warnings
        }
        sections.append(state.closingSection())
        if composition.intro == nil { sections[0].blocks = state.defaultIntroBlocks() }
        let strings = state.strings
        let authors = Self.unique(composition.authors ?? state.tellers)
        var appendix = state.sourcesAppendix()
        if !authors.isEmpty {
            appendix.subsections.append(
                Section(
                    id: "vertellers", title: strings.tellers,
                    blocks: [
                        .paragraph([.text(strings.tellersIntro)]), .list(ordered: false, items: authors.map { [.paragraph([.text($0)])] }),
                    ]))
        }
        appendix.subsections += appendices
        sections.append(appendix)
        var narrative = Narrative(
            title: composition.title ?? strings.defaultTitle,
            subtitle: composition.subtitle ?? (composition.title == nil ? strings.defaultSubtitle : nil),
            authors: authors,
            date: composition.date ?? exportDate,
            language: library.settings.language,
            keywords: state.keywords,
            sections: sections)
        narrative.images = state.images
        narrative.organisation = composition.organisation
        narrative.purpose = composition.purpose
        narrative.byline = authors.isEmpty ? nil : strings.toldBy(authors.count)
        var report = privacy.withOriginalIDs(state.report(sections: sections), originals: originals)
        report.warnings = warnings
        report.replacedNames = privacy.replacedNames
        report.usesPseudonyms = privacy.usesPseudonyms
        let manifest = DocumentManifest(report: report, library: self.library, replacedNames: privacy.replacedNames, privacy: privacy)
        return ComposeResult(narrative: narrative, report: report, manifest: manifest)
    }

    /// Names in their first order, each once: tellers replaced by one pseudonym come once.
    private static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    /// Every id a composition names must be an entry of the library; only quotes are highlighted.
    private func checkReferences(_ composition: Composition) throws {
        let problems = CompositionValidator.problems(in: composition, entry: library.entry(id:), withdrawn: library.withdrawn)
        guard problems.isEmpty else {
            throw VerhaalError(
                "composition '\(composition.id)': " + problems.map(\.summary).joined(separator: "; "),
                hint: problems.first?.hint)
        }
    }
}
