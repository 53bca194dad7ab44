import Foundation
import Testing

/// Issue 10's points about the command line and the library, each named after what it promises.
@Suite struct PromiseTests {
    static let header = "---\nkind: anecdote\ndate: 2019-06-12\nteller: Paul\n"

    /// 4. Ids are unique across folders when processes add at once.
    @Test func parallelAddsOfDifferentKindsWithCoincidingIDsGiveFortyEntries() async throws {
        let library = try TemporaryLibrary()
        let root = library.root
        let anecdote = "\"$0\" add anecdote --title '2019-06-12 Breda' --date 2019-06-12 --teller P --lesson 1 --text t >/dev/null"
        let visit = "\"$0\" add travel-log --title 'Breda' --date 2019-06-12 --teller P --lesson 1 --text t >/dev/null"
        let statuses = try await withThrowingTaskGroup(of: Int32.self) { group in
            for index in 0..<40 {
                group.addTask {
                    try VerhaalProcess.run(
                        ["-c", index.isMultiple(of: 2) ? anecdote : visit, VerhaalProcess.executable.path],
                        in: root, executable: URL(fileURLWithPath: "/bin/sh")
                    ).status
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(statuses == Array(repeating: 0, count: 40))
        let anecdotes = try FileManager.default.contentsOfDirectory(atPath: library.url("Stories/anekdotes").path)
        let visits = try FileManager.default.contentsOfDirectory(atPath: library.url("Stories/reisverslagen").path)
        #expect(anecdotes.count == 20 && visits.count == 20)
        #expect(Set(anecdotes + visits).count == 40)
        let check = try library.run(["check"])
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains("40 files checked: 0 errors"))
    }

    /// 10. A list over the limit, or a value too long, is refused by the reader as by the form.
    @Test func tooManyOrTooLongListValuesAreErrors() throws {
        let library = try TemporaryLibrary()
        let tags = (0...100).map { "t\($0)" }.joined(separator: ", ")
        try library.write(Self.header + "title: Veel\nlessons: [delen]\ntags: [\(tags)]\n---\nTekst.\n", to: "Stories/anekdotes/veel.md")
        let long = String(repeating: "x", count: 201)
        try library.write(
            Self.header + "title: Lang\nlessons: [delen]\norganizations: [\(long)]\n---\nTekst.\n", to: "Stories/anekdotes/lang.md")
        let check = try library.run(["check"])
        #expect(check.status == 1)
        #expect(check.output.contains("Stories/anekdotes/veel.md:7:7: error: 'tags' has 101 values; a list may hold at most 100"))
        #expect(check.output.contains("Stories/anekdotes/lang.md:7:17: error: a value of 'organizations' is 201 characters long"))
        let add = try library.run(
            ["add", "anecdote", "--title", "Te veel", "--teller", "P", "--text", "t"]
                + (0...100).flatMap { ["--tag", "t\($0)"] })
        #expect(add.status == 1)
        #expect(add.errors.contains("'tags' has 101 values"))
    }

    /// 13. A misspelt key in a composition is an error with a suggestion, and export refuses.
    @Test func unknownKeysInACompositionAreErrorsWithADidYouMean() throws {
        let library = try TemporaryLibrary.sampleCopy()
        try library.write(
            "title: Publiek\naudiance: public\nhiglight: [ruggensteun]\nfilter: {lesson: [resultaat]}\nsections:\n  - title: Een\n    filtr: {tags: [x]}\n",
            to: "Stories/verhalen/publiek.yaml")
        let check = try library.run(["check"])
        #expect(check.status == 1)
        let output = check.output
        #expect(output.contains("Stories/verhalen/publiek.yaml:2:1: error: unknown key 'audiance' in the composition"))
        #expect(output.contains("hint: did you mean 'audience'?"))
        #expect(output.contains("Stories/verhalen/publiek.yaml:3:1: error: unknown key 'higlight' in the composition"))
        #expect(output.contains("Stories/verhalen/publiek.yaml:4:10: error: unknown key 'lesson' in a filter"))
        #expect(output.contains("hint: did you mean 'lessons'?"))
        #expect(output.contains("Stories/verhalen/publiek.yaml:7:5: error: unknown key 'filtr' in a section"))
        let export = try library.run(["export", "publiek"])
        #expect(export.status == 1)
        #expect(!FileManager.default.fileExists(atPath: library.url("Exports/publiek.xml").path))
        #expect(try library.run(["compose", "publiek"]).status == 1)
    }

    /// 14. `edit` keeps values it was not asked to touch, also unknown ones, and can remove them.
    @Test func editNeverDropsAValueItWasNotAskedToDrop() throws {
        let library = try TemporaryLibrary()
        try library.write(Self.header + "title: Delen\nlessons: [delen, samenwerken]\n---\nTekst.\n", to: "Stories/anekdotes/delen.md")
        let add = try library.run(["edit", "delen", "--add-lesson", "1"])
        #expect(add.status == 1)
        #expect(add.errors.contains("unknown lesson 'samenwerken'"))
        #expect(try library.text("Stories/anekdotes/delen.md").contains("lessons: [delen, samenwerken]"))
        let fix = try library.run(["edit", "delen", "--remove-lesson", "samenwerken", "--add-lesson", "1"])
        #expect(fix.status == 0, "\(fix.errors)")
        #expect(try library.text("Stories/anekdotes/delen.md").contains("lessons: [delen, resultaat]"))
    }

    /// 15. What `compose` refuses, `check` reports; `entries` and `filter` together are refused.
    @Test func checkReportsWhatComposeRefuses() throws {
        let library = try TemporaryLibrary.sampleCopy()
        try library.write("title: Uitgelicht\nhighlight: [zes-indicatoren]\n", to: "Stories/verhalen/uitgelicht.yaml")
        let check = try library.run(["check"])
        #expect(check.status == 1)
        #expect(
            check.output.contains(
                "Stories/verhalen/uitgelicht.yaml:2:1: error: only quotes can be highlighted, and 'zes-indicatoren' is an anecdote"))
        let compose = try library.run(["compose", "uitgelicht"])
        #expect(compose.status == 1)
        #expect(compose.errors.contains("only quotes can be highlighted"))

        try library.write("title: Beide\nentries: [zes-indicatoren]\nfilter: {lessons: [delen]}\n", to: "Stories/verhalen/uitgelicht.yaml")
        let both = try library.run(["check"])
        #expect(both.output.contains("'entries' and 'filter' cannot be used together"))
    }

    /// 15, 16. Every entry a composition leaves out is listed with the reason.
    @Test func composeListsEveryUnusedEntryAndWhy() throws {
        let library = try TemporaryLibrary.sampleCopy()
        try library.write(Self.header + "title: Zonder les\n---\nTekst.\n", to: "Stories/anekdotes/zonder-les.md")
        try library.write(
            "title: Delen\nentries: [zes-indicatoren, ruggensteun]\nexclude: [ruggensteun]\nsections:\n  - title: Alleen\n    entries: [zes-indicatoren, de-pendule]\n",
            to: "Stories/verhalen/delen.yaml")
        let plain = try library.run(["compose"])
        #expect(plain.output.contains("Left out: zonder-les (linked to no lesson and no perspective; add one with 'verhaal edit')"))
        let delen = try library.run(["compose", "delen", "--json"])
        #expect(delen.status == 0, "\(delen.errors)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(delen.output.utf8)) as? [String: Any])
        let leftOut = try #require(json["leftOut"] as? [[String: String]])
        let reasons = Dictionary(uniqueKeysWithValues: leftOut.map { ($0["id"]!, $0["reason"]!) })
        #expect(reasons["ruggensteun"] == "excluded")
        #expect(reasons["de-pendule"] == "not-listed")
        #expect(reasons["zonder-les"] == "not-listed")
        #expect(json["entriesUsed"] as? [String] == ["zes-indicatoren"])
    }

    /// 16. `add` warns about an entry without lessons; the introduction counts what it holds.
    @Test func addWarnsAndTheIntroductionCountsWhatTheDocumentHolds() throws {
        let library = try TemporaryLibrary()
        let add = try library.run(["add", "anecdote", "--title", "Los", "--teller", "P", "--text", "Tekst."])
        #expect(add.status == 0)
        #expect(add.errors.contains("warning: --lesson: the entry is not linked to any lesson [V037]"))
        _ = try library.run(["add", "anecdote", "--title", "Gekoppeld", "--teller", "P", "--lesson", "1", "--text", "Tekst."])
        #expect(try library.run(["export", "--format", "docbook"]).status == 0)
        let text = try library.text("Exports/wenkend-perspectief.xml")
        #expect(text.contains("Dit document bundelt één verhaal die netwerkleden optekenden. "))
        try library.write("language: en\n", to: "verhaal.yaml")
        #expect(try library.run(["export", "--format", "docbook"]).status == 0)
        #expect(
            try library.text("Exports/wenkend-perspectief.xml").contains("brings together one story that members of the network recorded. ")
        )
    }

    /// 17. At a terminal, `add` opens the editor; an empty text writes nothing.
    @Test func addAtATerminalOpensTheEditorAndWritesNothingWhenTheTextStaysEmpty() throws {
        let library = try TemporaryLibrary()
        let writer = library.url("schrijf.sh")
        try library.write("#!/bin/sh\nprintf 'Uit de editor.\\n' > \"$1\"\n", to: "schrijf.sh")
        chmod(writer.path, 0o755)
        func addAtTerminal(editor: String, title: String) throws -> VerhaalProcess.Result {
            let command = "\(VerhaalProcess.executable.path) add anecdote --title '\(title)' --teller P --lesson 1"
            return try VerhaalProcess.run(
                ["-qec", command, "/dev/null"], in: library.root,
                environment: ["EDITOR": editor, "VISUAL": ""], executable: URL(fileURLWithPath: "/usr/bin/script"))
        }
        let written = try addAtTerminal(editor: writer.path, title: "Uit de editor")
        #expect(written.status == 0, "\(written.output)")
        #expect(try library.text("Stories/anekdotes/uit-de-editor.md").hasSuffix("---\n\nUit de editor.\n"))
        let empty = try addAtTerminal(editor: "true", title: "Leeg")
        #expect(empty.status == 1)
        #expect(empty.output.contains("the text is empty, so nothing was added"))
        #expect(!FileManager.default.fileExists(atPath: library.url("Stories/anekdotes/leeg.md").path))
        try library.write(Self.header + "title: Geen tekst\nlessons: [delen]\n---\n", to: "Stories/anekdotes/geen-tekst.md")
        #expect(try library.run(["check"]).output.contains("Stories/anekdotes/geen-tekst.md:8:1: warning: the entry has no text"))
    }

    /// 18. Two custom sections with the same title get different ids: the DocBook stays valid.
    @Test func sectionsWithTheSameTitleGetTheirOwnIDs() throws {
        let library = try TemporaryLibrary.sampleCopy()
        try library.write("title: Dubbel\nsections:\n  - title: Zelfde\n  - title: Zelfde\n", to: "Stories/verhalen/dubbel.yaml")
        let export = try library.run(["export", "dubbel", "--validate"])
        #expect(export.status == 0, "\(export.errors)")
        let text = try library.text("Exports/dubbel.xml")
        #expect(text.contains("xml:id=\"deel-1\"") && text.contains("xml:id=\"deel-2\""))
    }

    /// 19. A wrong date on the command line gets the hint `check` gives; usage errors exit 64.
    @Test func exitCodesAndDateHintsAreTheSameEverywhere() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let date = try library.run(["add", "anecdote", "--title", "X", "--teller", "P", "--date", "2022-02-30", "--text", "t"])
        #expect(date.status == 64)
        #expect(
            date.errors.contains("'2022-02-30' is not a valid date; write the date as YYYY-MM-DD, for a day that exists, e.g. 2019-06-12"))
        for arguments in [
            ["add", "anecdote", "--title", "", "--teller", "P"], ["edit", "zes-indicatoren", "--title", ""],
            ["list", "--since", "gisteren"], ["edit", "zes-indicatoren", "--date", "2019-13-01"],
        ] {
            #expect(try library.run(arguments).status == 64, "\(arguments)")
        }
        for arguments in [
            ["show", "bestaat-niet"], ["edit", "bestaat-niet", "--add-tag", "x"],
            ["add", "anecdote", "--title", "X", "--teller", "P", "--visit", "bestaat-niet", "--text", "t"],
        ] {
            #expect(try library.run(arguments).status == 1, "\(arguments)")
        }
    }
}
