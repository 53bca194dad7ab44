/// Checks a composition against the entries it may use: every id it names must be an entry
/// without errors, and only quotes can be highlighted. `check`, `compose` and the web's
/// compose page all ask this one function, so they never disagree.
public enum CompositionValidator {
    /// One problem with an id the composition names.
    public struct Problem: Sendable, Equatable {
        public var code: DiagnosticCode
        public var id: String
        public var summary: String
        public var hint: String
    }

    /// The problems, each id once, in the order the composition names them.
    /// A withdrawn story named is no problem: `withdrawn(in:)` tells it as a warning.
    public static func problems(
        in composition: Composition, entry: (String) -> Entry?, withdrawn: [String: Tombstone] = [:]
    ) -> [Problem] {
        var problems: [Problem] = []
        var reported = Set<String>()
        for id in named(in: composition) where entry(id) == nil && withdrawn[id] == nil && reported.insert(id).inserted {
            problems.append(
                Problem(
                    code: .compositionUnknownEntry, id: id, summary: "entry '\(id)' is not in the library (or has errors)",
                    hint: "check the id with 'verhaal list', or remove it from the composition"))
        }
        for id in composition.highlight where reported.insert(id).inserted {
            guard let found = entry(id), found.kind != .quote else { continue }
            problems.append(
                Problem(
                    code: .compositionHighlightNotQuote, id: id,
                    summary: "only quotes can be highlighted, and '\(id)' is \(found.kind.withArticle)",
                    hint: "remove it from 'highlight'"))
        }
        return problems
    }

    /// The withdrawn stories the composition names, each once, in its order.
    public static func withdrawn(in composition: Composition, withdrawn: [String: Tombstone]) -> [Tombstone] {
        var seen = Set<String>()
        return named(in: composition).compactMap { id in seen.insert(id).inserted ? withdrawn[id] : nil }
    }

    private static func named(in composition: Composition) -> [String] {
        composition.entries + composition.exclude + composition.highlight + (composition.sections ?? []).flatMap(\.entries)
    }
}
