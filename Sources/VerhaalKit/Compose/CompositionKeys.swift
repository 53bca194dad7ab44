/// The keys a composition file may have, at each level, and the check that reports any other
/// key with its line and the key that was probably meant.
enum CompositionKeys {
    static let top = [
        "title", "subtitle", "audience", "date", "authors", "intro", "closing", "route", "filter",
        "entries", "exclude", "highlight", "sections", "answers", "patterns", "show-empty",
        "selections", "sessions", "pseudonyms", "organisation", "purpose", "readers",
    ]
    static let filter = ["lessons", "perspectives", "tags", "kinds", "tellers", "since", "until"]
    static let section = ["title", "intro", "filter", "entries"]
    static let period = ["since", "until"]

    /// An error for every key that is not known at its level.
    static func unknownKeys(in root: FrontMatterNode, path: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func check(_ node: FrontMatterNode, known: [String], place: String) {
            guard let mapping = node.mapping else { return }
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                if known.contains(name) {
                    if name == "filter" { check(value, known: filter, place: "a filter") }
                    if name == "sessions" { check(value, known: period, place: "'sessions'") }
                    if name == "sections", let items = value.sequence {
                        for item in items { check(item, known: section, place: "a section") }
                    }
                    continue
                }
                let suggestion = KeySuggestion.didYouMean(name, among: known)
                diagnostics.append(
                    Diagnostic(
                        .error, code: .compositionUnknownKey, file: path, line: key.mark?.line, column: key.mark?.column,
                        summary: "unknown key '\(name)' in \(place)",
                        hint: suggestion + "the keys here are: \(known.joined(separator: ", "))"))
            }
        }
        check(root, known: top, place: "the composition")
        return diagnostics
    }
}
