import Foundation
import Testing
import VerhaalExport
import VerhaalKit

/// Hostile text in an entry still gives valid DocBook whose text reads back unchanged.
@Suite(.serialized) struct TortureTests {
    static let title = "Tekens & < > \" ' ]]> 😀 e\u{301} שלום"
    static let specials = "Tekens: & < > \" ' en ]]> blijven tekst."
    static let rawHTML = "Rauwe HTML: <b>vet</b> <script>alert(1)</script> blijft tekst."
    static let scripts = "Emoji 👩‍👩‍👧 🏠, combinerende accenten Cafe\u{301} en o\u{308}, rechts-naar-links: مرحبا بالعالم en עברית."
    static let longText: String = {
        var words: [String] = []
        var index = 0
        while words.joined(separator: " ").utf8.count < 51_200 {
            words.append(["samen", "delen", "netwerk", "één", "wijk", "bewoners", "vertrouwen"][index % 7] + "\(index)")
            index += 1
        }
        return words.joined(separator: " ")
    }()

    /// The torture entry's file: a byte-order mark and CRLF line endings.
    static let tortureFile: String = {
        let lines = [
            "\u{FEFF}---",
            "kind: anecdote",
            "title: \"Tekens & < > \\\" ' ]]> 😀 e\u{301} שלום\"",
            "date: 2019-06-12",
            "teller: \"Ab <Tester> & co\"",
            "lessons: [delen]",
            "perspectives: [netwerk]",
            "tags: [\"<tag>\", \"a&b\"]",
            "share: public",
            "---",
            specials,
            "",
            rawHTML,
            "",
            scripts,
            "",
            "- een",
            "  - twee",
            "    - drie",
            "",
            "<div>blok & meer</div>",
            "",
            "regel een  ",
            "regel twee",
            "",
        ]
        return lines.joined(separator: "\r\n")
    }()

    func narrative() throws -> (Narrative, URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("verhaal-torture-\(UUID().uuidString)")
        let store = try LibraryStore.create(at: root, language: "nl")
        try Data(Self.tortureFile.utf8).write(to: store.storiesURL.appendingPathComponent("anekdotes/torture.md"))
        let long =
            "---\nkind: anecdote\ntitle: Lang verhaal\ndate: 2019-06-13\nteller: Lange Jan\nlessons: [delen]\n---\n" + Self.longText + "\n"
        try Data(long.utf8).write(to: store.storiesURL.appendingPathComponent("anekdotes/lang.md"))
        let library = store.load()
        #expect(library.diagnostics.isEmpty, "\(library.diagnostics.map(\.formatted))")
        return (try Composer(library: library).compose(Composition(id: "t")).narrative, root)
    }

    func exportedLibrary() throws -> (Data, URL) {
        let (narrative, root) = try narrative()
        return (try DocBookWriter.write(narrative), root)
    }

    @Test(arguments: [ExportFormat.fodt, .odt, .fodp])
    func tortureEntryExportsToValidODF(_ format: ExportFormat) throws {
        let (narrative, root) = try narrative()
        defer { try? FileManager.default.removeItem(at: root) }
        let issues = try XMLTestSupport.validator.validate(Exporter.render(narrative, as: format), as: format)
        #expect(issues.isEmpty, "\(issues.prefix(5))")
    }

    @Test func theFlatODTTextReadBackIsTheOriginalText() throws {
        let (narrative, root) = try narrative()
        defer { try? FileManager.default.removeItem(at: root) }
        let text = try #require(XMLTestSupport.text(of: FlatODTWriter.write(narrative)))
        for expected in [Self.title, Self.specials, Self.rawHTML, Self.scripts, "<div>blok & meer</div>"] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
        #expect(XMLTestSupport.normalized(text).contains(Self.longText))
    }

    @Test func tortureEntryExportsToValidDocBook() throws {
        let (data, root) = try exportedLibrary()
        defer { try? FileManager.default.removeItem(at: root) }
        let schema = try #require(XMLTestSupport.docBookSchema, "install docbook5-xml")
        let issues = schema.validate(data)
        #expect(issues.isEmpty, "\(issues.prefix(5))")
    }

    @Test func theTextReadBackIsTheOriginalText() throws {
        let (data, root) = try exportedLibrary()
        defer { try? FileManager.default.removeItem(at: root) }
        let text = try #require(XMLTestSupport.text(ofElementWithID: "torture", in: data))
        for expected in [
            Self.title, Self.specials, Self.rawHTML, Self.scripts, "een", "twee", "drie",
            "<div>blok & meer</div>", "Ab <Tester> & co",
        ] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
        #expect(text.contains("regel een") && text.contains("regel twee"))
        #expect(!text.contains("\r"), "CRLF became plain line breaks")
        #expect(!text.contains("\u{FEFF}"))
        let all = try #require(XMLTestSupport.text(of: data))
        #expect(all.contains("<tag>") && all.contains("a&b"), "tags are keywords")
    }

    @Test func aFiftyKilobyteAnecdoteSurvivesWhole() throws {
        let (data, root) = try exportedLibrary()
        defer { try? FileManager.default.removeItem(at: root) }
        let text = try #require(XMLTestSupport.text(ofElementWithID: "lang", in: data))
        #expect(Self.longText.utf8.count >= 50_000)
        #expect(XMLTestSupport.normalized(text).contains(Self.longText))
    }

    @Test func theWriterRefusesCharactersXMLCannotHold() {
        let narrative = Narrative(title: "Bel \u{7}", sections: [])
        #expect(throws: (any Error).self) { try DocBookWriter.write(narrative) }
    }
}
