/// Turns a library and a composition into a `Narrative`: the wenkend-perspectief structure or
/// the composition's own sections, an introduction with the travel route, a closing, and the
/// appendix *Verantwoording* listing every entry used.
///
/// Only entries the audience may see go in: a `private` entry never does. Order is
/// deterministic (date, then id, unless the composition lists entries explicitly).
public struct Composer: Sendable {
    public let library: Library

    public init(library: Library) {
        self.library = library
    }

    public func compose(_ composition: Composition) throws -> ComposeResult {
        try checkReferences(composition)
        var state = CompositionState(
            library: library, composition: composition,
            strings: .forLanguage(library.settings.language))
        state.selectPool()
        var sections = [state.introduction()]
        if let custom = composition.sections {
            sections += custom.map { state.customSection($0) }
        } else {
            sections.append(state.lessonsSection())
            sections.append(state.perspectivesSection())
        }
        sections.append(state.closingSection())
        sections.append(state.sourcesAppendix())
        let strings = state.strings
        let narrative = Narrative(
            title: composition.title ?? strings.defaultTitle,
            subtitle: composition.subtitle ?? (composition.title == nil ? strings.defaultSubtitle : nil),
            authors: composition.authors ?? state.tellers,
            date: composition.date,
            language: library.settings.language,
            keywords: state.keywords,
            sections: sections)
        return ComposeResult(narrative: narrative, report: state.report(sections: sections))
    }

    /// Every id a composition names must be an entry of the library.
    private func checkReferences(_ composition: Composition) throws {
        let named = composition.entries + composition.exclude + composition.highlight
            + (composition.sections ?? []).flatMap(\.entries)
        let known = Set(library.entries.map(\.id))
        let unknown = named.filter { !known.contains($0) }
        guard unknown.isEmpty else {
            var seen = Set<String>()
            let list = unknown.filter { seen.insert($0).inserted }.joined(separator: ", ")
            throw VerhaalError(
                "composition '\(composition.id)' names entries that are not in the library (or have errors): \(list)",
                hint: "check the ids with 'verhaal list' and 'verhaal check'")
        }
        let notQuotes = composition.highlight.filter { id in library.entry(id: id)?.kind != .quote }
        guard notQuotes.isEmpty else {
            throw VerhaalError("only quotes can be highlighted: \(notQuotes.joined(separator: ", "))",
                               hint: "remove them from 'highlight'")
        }
    }
}
