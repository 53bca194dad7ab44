import Foundation
import Testing
import VerhaalExport
import VerhaalKit

/// Story cards for a session: valid ODF, four to a page, never a private story, anonymous for
/// the public, and a long text shortened at a word with where to read on.
@Suite(.serialized) struct StoryCardTests {
    let store = LibraryStore(root: XMLTestSupport.packageRoot)

    @Test(arguments: [ExportFormat.odt, .fodt])
    func theSampleCardsAreValidODF(_ format: ExportFormat) throws {
        let library = store.load()
        let cards = StoryCards.cards(for: library.entries, library: library, audience: .network)
        let data = try CardSheetWriter.write(cards, language: "nl", date: XMLTestSupport.sampleExportDate, format: format)
        let issues = try XMLTestSupport.validator.validate(data, as: format)
        #expect(issues.isEmpty, "\(issues.prefix(5))")
        let text = try #require(
            format == .fodt
                ? String(decoding: data, as: UTF8.self)
                : (try ODFPackage(data: data).entries.first { $0.path == "content.xml" }).map { String(decoding: $0.data, as: UTF8.self) })
        #expect(text.components(separatedBy: "<table:table ").count - 1 == (cards.count + 3) / 4, "a table per page of four")
        #expect(text.components(separatedBy: "text:style-name=\"Kaart_20_Titel\"").count - 1 == cards.count)
    }

    func library(_ entries: [Entry]) -> Library {
        Library(
            root: URL(fileURLWithPath: "/tmp"), settings: LibrarySettings(), entries: entries, diagnostics: [], fileCount: entries.count)
    }

    func entry(_ id: String, share: ShareLevel, body: String = "Kort.") -> Entry {
        Entry(
            id: id, path: "Stories/anekdotes/\(id).md", kind: .anecdote, title: "Titel \(id)",
            date: LocalDate(year: 2019, month: 6, day: 12)!,
            teller: "Corry Keulen", lessons: ["delen"], share: share, body: body,
            answers: ["pendule": .scale(70), "gevoel": .choice("hoopvol")])
    }

    @Test func privateStoriesAreNeverPrintedAndThePublicSeesNoNames() {
        let entries = [entry("prive", share: .private), entry("netwerk", share: .network), entry("open", share: .public)]
        let network = StoryCards.cards(for: entries, library: library(entries), audience: .network)
        #expect(network.map(\.id) == ["netwerk", "open"])
        #expect(network[0].meta == "anekdote · 12 juni 2019 · Corry Keulen")
        let open = StoryCards.cards(for: entries, library: library(entries), audience: .public)
        #expect(open.map(\.id) == ["open"])
        #expect(open[0].meta == "anekdote · 12 juni 2019 · anoniem")
        #expect(open[0].lessons == ["3. Leiderschap: delen als rode draad"])
        #expect(open[0].scales.first?.value == 70)
        #expect(open[0].answers.contains { $0.answer == "hoopvol" })
    }

    @Test func aLongTextIsShortenedAtAWordWithWhereToReadOn() {
        let body = (1...200).map { "woord\($0)" }.joined(separator: " ")
        let card = StoryCards.cards(for: [entry("lang", share: .network, body: body)], library: library([]), audience: .network)[0]
        #expect(card.text.hasSuffix("… (lees verder: lang)"))
        let shown = card.text.replacingOccurrences(of: "… (lees verder: lang)", with: "")
        #expect(shown.count <= StoryCards.textLimit)
        #expect(body.hasPrefix(shown + " "), "cut at a word, never inside one")
    }
}
