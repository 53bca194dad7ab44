import Foundation
import Testing

@Suite struct EditTests {
    static let body = "\r\nTekst met *nadruk*,  dubbele  spaties,\ttabs\r\nen CRLF.\r\n\r\n- lijst\r\n"
    static let file =
        "---\r\nkind: anecdote\r\n# opmerking van de verteller\r\ntitle: Oud\r\nfoto: breda.jpg\r\ndate: 2019-06-12\r\nteller: Paul\r\ntags:\r\n  - een\r\n  - twee\r\nlessons: [resultaat]\r\nbron: {boek: Essay, pagina: 9}\r\n---"
        + body

    @Test func changesMetadataAndKeepsTheBodyBytesAndUnknownKeys() throws {
        let library = try TemporaryLibrary()
        try library.write(Self.file, to: "Stories/anekdotes/breda.md")
        let result = try library.run([
            "edit", "breda", "--add-tag", "drie", "--remove-tag", "een", "--add-lesson", "3",
            "--add-perspective", "netwerk", "--add-organization", "gemeente Breda", "--share", "public",
            "--title", "Nieuw: titel", "--date", "2019-06-13",
        ])
        #expect(result.status == 0, "\(result.errors)")
        let edited = try library.text("Stories/anekdotes/breda.md")
        #expect(edited.hasSuffix("\r\n---" + Self.body))
        #expect(Data(edited.utf8).suffix(Data(Self.body.utf8).count) == Data(Self.body.utf8))
        #expect(
            edited
                == "---\r\nkind: anecdote\r\n# opmerking van de verteller\r\ntitle: 'Nieuw: titel'\r\nfoto: breda.jpg\r\ndate: 2019-06-13\r\nteller: Paul\r\ntags: [twee, drie]\r\nlessons: [resultaat, delen]\r\nbron: {boek: Essay, pagina: 9}\r\nperspectives: [netwerk]\r\norganizations: [gemeente Breda]\r\nshare: public\r\n---"
                + Self.body)

        let shown = try library.run(["show", "breda", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(shown.output.utf8)) as? [String: Any])
        #expect(json["tags"] as? [String] == ["twee", "drie"])
        #expect(json["share"] as? String == "public")
    }

    @Test func anEditThatChangesNothingLeavesTheFileAlone() throws {
        let library = try TemporaryLibrary()
        try library.write(Self.file, to: "Stories/anekdotes/breda.md")
        let result = try library.run(["edit", "breda", "--add-tag", "een"])
        #expect(result.status == 0)
        #expect(try library.text("Stories/anekdotes/breda.md") == Self.file)
    }

    @Test func refusesUnknownIDsAndLessons() throws {
        let library = try TemporaryLibrary()
        try library.write(Self.file, to: "Stories/anekdotes/breda.md")
        let missing = try library.run(["edit", "bestaat-niet", "--add-tag", "x"])
        #expect(missing.status != 0)
        #expect(missing.errors.contains("no entry 'bestaat-niet'"))
        let traversal = try library.run(["edit", "../verhaal", "--add-tag", "x"])
        #expect(traversal.status != 0)
        #expect(traversal.errors.contains("not a valid id"))
        let lesson = try library.run(["edit", "breda", "--add-lesson", "zes"])
        #expect(lesson.errors.contains("unknown lesson 'zes'"))
        #expect(try library.text("Stories/anekdotes/breda.md") == Self.file)
    }
}
