import Foundation
import VerhaalKit

/// A travel report read from a document: its headings and paragraphs in order, paragraphs as
/// Markdown (bold, italic, lists and links kept), and the date its metadata gives.
public struct Report: Sendable, Equatable {
    public enum Block: Sendable, Equatable {
        case heading(level: Int, text: String)
        case paragraph(String)
    }

    public var blocks: [Block]
    /// The file name without its extension: the title when the document has no heading.
    public var fileTitle: String
    /// When the document says it was made (its metadata), if it says so.
    public var documentDate: LocalDate?

    public init(blocks: [Block], fileTitle: String, documentDate: LocalDate? = nil) {
        self.blocks = blocks
        self.fileTitle = fileTitle
        self.documentDate = documentDate
    }

    /// The stories the report holds: the whole report as a travel-log entry (or an anecdote),
    /// each second-level heading an anecdote heard at that visit, and each paragraph in
    /// quotation marks followed by a `— Name` line a quote. Origins name the heading or quote.
    public func items(teller: String, kind: EntryKind, language: Language) -> [ImportItem] {
        let titleIndex =
            blocks.firstIndex { if case .heading(1, _) = $0 { true } else { false } }
            ?? blocks.firstIndex { if case .heading = $0 { true } else { false } }
        var title = fileTitle
        if let titleIndex, case .heading(_, let text) = blocks[titleIndex] { title = text }
        let rest = blocks.enumerated().filter { $0.offset != titleIndex }.map(\.element)
        let date =
            Self.date(in: [title] + rest.prefix(3).compactMap { if case .paragraph(let text) = $0 { text } else { nil } }) ?? documentDate
            ?? .today()
        let sectionLevel = titleIndex.flatMap { if case .heading(let level, _) = blocks[$0] { level + 1 } else { nil } } ?? 2

        var main = EntryDraft(kind: kind, title: title, date: date, teller: teller)
        var items = [ImportItem(origin: "the report '\(title)'", draft: main)]
        var sections: [(title: String, body: [String])] = []
        var mainBody: [String] = []
        var quotes: [(text: String, speaker: String)] = []
        var index = 0
        while index < rest.count {
            switch rest[index] {
            case .heading(let level, let text) where level <= sectionLevel:
                sections.append((text, []))
            case .heading(let level, let text):
                let line = String(repeating: "#", count: min(6, max(level - sectionLevel + 2, 3))) + " " + text
                if sections.isEmpty { mainBody.append(line) } else { sections[sections.count - 1].body.append(line) }
            case .paragraph(let text):
                if index + 1 < rest.count, case .paragraph(let next) = rest[index + 1], let quote = Self.quote(text),
                    let speaker = Self.speaker(next)
                {
                    quotes.append((quote, speaker))
                    index += 2
                    continue
                }
                if sections.isEmpty { mainBody.append(text) } else { sections[sections.count - 1].body.append(text) }
            }
            index += 1
        }
        main.body = mainBody.joined(separator: "\n\n")
        items[0].draft = main
        let visit = kind == .travelLog ? 0 : nil
        for section in sections {
            var draft = EntryDraft(kind: .anecdote, title: section.title, date: date, teller: teller)
            draft.body = section.body.joined(separator: "\n\n")
            items.append(ImportItem(origin: "heading '\(section.title)'", draft: draft, visitItem: visit))
        }
        for quote in quotes {
            let (speaker, role) = Self.speakerAndRole(quote.speaker)
            var draft = EntryDraft(kind: .quote, title: Self.quoteTitle(quote.text), date: date, teller: teller)
            draft.speaker = speaker
            draft.role = role
            draft.body = quote.text
            items.append(ImportItem(origin: "the quote of \(speaker)", draft: draft, visitItem: visit))
        }
        return items
    }

    static let openingQuotes: Set<Character> = ["\"", "“", "„", "‘", "'", "«", "‹"]
    static let closingQuotes: Set<Character> = ["\"", "”", "’", "'", "»", "›", "“"]

    /// The words of a paragraph that is one quotation, without its marks.
    static func quote(_ paragraph: String) -> String? {
        let text = paragraph.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.count > 2, let first = text.first, let last = text.last, openingQuotes.contains(first), closingQuotes.contains(last)
        else {
            return nil
        }
        return String(text.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces)
    }

    /// The name after a dash that opens a line: `— Marja Peters, wethouder`.
    static func speaker(_ paragraph: String) -> String? {
        let text = paragraph.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let first = text.first, ["—", "–", "-"].contains(first), !text.contains("\n") else { return nil }
        let name = text.dropFirst().trimmingCharacters(in: .whitespaces)
        return name.isEmpty ? nil : name
    }

    static func speakerAndRole(_ line: String) -> (String, String?) {
        guard let comma = line.firstIndex(of: ",") else { return (line, nil) }
        let role = line[line.index(after: comma)...].trimmingCharacters(in: .whitespaces)
        return (line[..<comma].trimmingCharacters(in: .whitespaces), role.isEmpty ? nil : role)
    }

    /// A quote's title: its first eight words.
    static func quoteTitle(_ quote: String) -> String {
        let words = quote.split(whereSeparator: \.isWhitespace)
        let title = words.prefix(8).joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?"))
        return words.count > 8 ? title + " …" : title
    }

    static let months = [
        "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8, "september": 9,
        "oktober": 10, "november": 11, "december": 12, "january": 1, "february": 2, "march": 3, "may": 5, "june": 6,
        "july": 7, "august": 8, "october": 10,
    ]

    /// The first date in the texts: `2019-06-12`, or `12 juni 2019` in Dutch or English.
    static func date(in texts: [String]) -> LocalDate? {
        for text in texts {
            let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "(" || $0 == ")" }).map(String.init)
            for (index, word) in words.enumerated() {
                if let date = LocalDate(word.trimmingCharacters(in: CharacterSet(charactersIn: ".:;"))) { return date }
                guard index + 2 < words.count, let day = Int(word), let month = months[words[index + 1].lowercased()],
                    let year = Int(words[index + 2].trimmingCharacters(in: CharacterSet(charactersIn: ".:;")))
                else { continue }
                if let date = LocalDate(String(format: "%04d-%02d-%02d", year, month, day)) { return date }
            }
        }
        return nil
    }
}
