import VerhaalKit

/// What a title page (and the title slide) says under the title and subtitle: who the document
/// is from, what it is for, who told it and when, each on its own line.
enum TitlePage {
    static func lines(of narrative: Narrative) -> [String] {
        let strings = DocumentStrings.forLanguage(narrative.language)
        let authors = narrative.byline ?? (narrative.authors.isEmpty ? nil : narrative.authors.joined(separator: ", "))
        return [narrative.organisation, narrative.purpose, authors, narrative.date.map(strings.format)].compactMap { $0 }
            .filter { !$0.isEmpty }
    }
}
