import Foundation
import Testing

@Suite struct AddListShowTests {
    let visitArguments = [
        "add", "travel-log", "--title", "Breda: Zorg voor Elkaar", "--date", "2019-06-12",
        "--teller", "Paul", "--place", "Breda", "--organization", "Zorg voor Elkaar Breda",
        "--lesson", "1", "--perspective", "netwerk", "--share", "public", "--text", "Het bezoek.",
    ]

    @Test func addsHintsAreInCommandLineSyntax() throws {
        let library = try TemporaryLibrary()
        let result = try library.run([
            "add", "anecdote", "--title", "Zonder les", "--date", "2020-01-01", "--teller", "Paul", "--text", "Tekst.",
        ])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.contains("warning: --lesson: the entry is not linked to any lesson [V037]"))
        #expect(result.errors.contains("hint: pass --lesson, e.g. --lesson 1"), "\(result.errors)")
        #expect(!result.errors.contains("lessons: ["), "no YAML after a command")
    }

    @Test func addThenListAndShowKeepEveryField() throws {
        let library = try TemporaryLibrary()
        let visit = try library.run(visitArguments)
        #expect(visit.status == 0, "\(visit.errors)")
        #expect(visit.output == "2019-06-12-breda-zorg-voor-elkaar\nStories/reisverslagen/2019-06-12-breda-zorg-voor-elkaar.md\n")

        let added = try library.run(
            [
                "add", "quote", "--title", "Zes indicatoren: één kader", "--date", "2019-06-13",
                "--teller", "Corry", "--speaker", "John Beckers", "--role", "kwartiermaker",
                "--source", "werkbezoek", "--visit", "2019-06-12-breda-zorg-voor-elkaar",
                "--place", "Breda", "--organization", "Zorg voor Elkaar Breda", "--organization", "gemeente Breda",
                "--lesson", "resultaat", "--lesson", "3", "--perspective", "bestuurder",
                "--tag", "toetsingskader", "--tag", "effectmeting", "--share", "private",
            ], input: "We meten *zes* dingen.\n")
        #expect(added.status == 0, "\(added.errors)")
        #expect(added.output.hasPrefix("zes-indicatoren-een-kader\n"))

        let shown = try library.run(["show", "zes-indicatoren-een-kader", "--json"])
        #expect(shown.status == 0, "\(shown.errors)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(shown.output.utf8)) as? [String: Any])
        #expect(json["kind"] as? String == "quote")
        #expect(json["title"] as? String == "Zes indicatoren: één kader")
        #expect(json["date"] as? String == "2019-06-13")
        #expect(json["teller"] as? String == "Corry")
        #expect(json["speaker"] as? String == "John Beckers")
        #expect(json["role"] as? String == "kwartiermaker")
        #expect(json["source"] as? String == "werkbezoek")
        #expect(json["visit"] as? String == "2019-06-12-breda-zorg-voor-elkaar")
        #expect(json["place"] as? String == "Breda")
        #expect(json["organizations"] as? [String] == ["Zorg voor Elkaar Breda", "gemeente Breda"])
        #expect(json["lessons"] as? [String] == ["resultaat", "delen"])
        #expect(json["perspectives"] as? [String] == ["bestuurder"])
        #expect(json["tags"] as? [String] == ["toetsingskader", "effectmeting"])
        #expect(json["share"] as? String == "private")
        #expect((json["body"] as? String)?.contains("We meten *zes* dingen.") == true)

        let human = try library.run(["show", "zes-indicatoren-een-kader"])
        #expect(human.output.contains("speaker:       John Beckers"))
        #expect(human.output.contains("3. Leiderschap: delen als rode draad"))

        let listed = try library.run(["list", "--json"])
        let all = try #require(try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]])
        #expect(all.map { $0["id"] as? String } == ["2019-06-12-breda-zorg-voor-elkaar", "zes-indicatoren-een-kader"])
        let fields: Set<String> = [
            "id", "path", "kind", "title", "date", "teller", "visit", "place", "organizations", "lessons",
            "perspectives", "tags", "share", "speaker", "role", "source", "body", "answers",
        ]
        #expect(all.allSatisfy { Set($0.keys) == fields })
    }

    @Test func listFiltersCombine() throws {
        let library = try TemporaryLibrary()
        try library.run(visitArguments)
        let stories: [[String]] = [
            ["anecdote", "--title", "Een", "--date", "2019-06-12", "--lesson", "delen", "--tag", "x", "--text", "Er is één kader."],
            ["anecdote", "--title", "Twee", "--date", "2019-07-01", "--lesson", "delen", "--perspective", "jezelf", "--text", "Niets."],
            [
                "quote", "--title", "Drie", "--date", "2019-08-01", "--lesson", "delen", "--tag", "x", "--speaker", "S", "--text",
                "Woorden.",
            ],
        ]
        for story in stories {
            let result = try library.run(["add"] + story, environment: ["VERHAAL_TELLER": "Hans"])
            #expect(result.status == 0, "\(result.errors)")
        }
        func ids(_ filters: [String]) throws -> [String] {
            let result = try library.run(["list", "--json"] + filters)
            #expect(result.status == 0, "\(result.errors)")
            let list = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]]
            return list?.compactMap { $0["id"] as? String } ?? []
        }
        #expect(try ids(["--lesson", "3"]) == ["een", "twee", "drie"])
        #expect(try ids(["--lesson", "delen", "--tag", "x"]) == ["een", "drie"])
        #expect(try ids(["--lesson", "delen", "--tag", "x", "--kind", "quote"]) == ["drie"])
        #expect(try ids(["--since", "2019-06-13", "--until", "2019-07-31"]) == ["twee"])
        #expect(try ids(["--text", "EEN KADER"]) == ["een"])
        #expect(try ids(["--perspective", "jezelf", "--teller", "Hans"]) == ["twee"])
        #expect(try ids(["--teller", "Paul"]) == ["2019-06-12-breda-zorg-voor-elkaar"])
        #expect(try ids(["--lesson", "1", "--kind", "anecdote"]).isEmpty)

        let table = try library.run(["list", "--tag", "x"])
        #expect(table.output.contains("ID "))
        #expect(table.output.contains("2 of 4 entries"))
    }

    @Test func addReadsTheTextFromAFile() throws {
        let library = try TemporaryLibrary()
        try library.write("# Kop\n\nTekst uit een *bestand*.\n", to: "tekst.md")
        let result = try library.run(["add", "anecdote", "--title", "Uit bestand", "--teller", "P", "--lesson", "2", "--file", "tekst.md"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(try library.text("Stories/anekdotes/uit-bestand.md").hasSuffix("---\n\n# Kop\n\nTekst uit een *bestand*.\n"))
        let missing = try library.run(["add", "anecdote", "--title", "X", "--teller", "P", "--file", "weg.md"])
        #expect(missing.status != 0)
        #expect(missing.errors.contains("cannot read weg.md"))
    }

    @Test func addRefusesAVisitThatIsNotATravelLog() throws {
        let library = try TemporaryLibrary()
        try library.run(["add", "anecdote", "--title", "A", "--teller", "P", "--lesson", "1", "--text", "x"])
        let result = try library.run(["add", "anecdote", "--title", "B", "--teller", "P", "--visit", "a", "--text", "x"])
        #expect(result.status != 0)
        #expect(result.errors.contains("visit 'a' is an anecdote, not a travel-log entry"))
    }

    @Test func unknownLessonsAreRefusedWithTheValidOnes() throws {
        let library = try TemporaryLibrary()
        let result = try library.run(["add", "anecdote", "--title", "A", "--teller", "P", "--lesson", "9"])
        #expect(result.status != 0)
        #expect(result.errors.contains("error: --lesson: unknown lesson '9' [V029]"))
        #expect(result.errors.contains("delen (3)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: library.url("Stories/anekdotes").path).isEmpty)
    }
}
