import Foundation
import Testing
import VerhaalTestSupport

/// Tellers keep control of their stories: every field and the text can be edited, the whole
/// file in the editor without ever losing a valid file, a story can be withdrawn, documents for
/// the public carry no listed name, and a privacy request is answered from one command.
@Suite struct TellerControlTests {
    static let story =
        "---\nkind: anecdote\ntitle: Oud\ndate: 2019-06-12\nteller: Paul\nlessons: [resultaat]\nfoto: a.jpg\n---\n\nDe oude tekst.\n"

    @Test func editChangesTheTextPlaceVisitTellerAndSpeaker() throws {
        let library = try TemporaryLibrary.sampleCopy()
        try library.write(Self.story, to: "Stories/anekdotes/oud.md")
        try library.write("Een nieuwe tekst\nover twee regels.\n", to: "nieuw.md")
        let result = try library.run([
            "edit", "oud", "--text-file", "nieuw.md", "--place", "Breda", "--visit", "2019-06-12-breda-zorg-voor-elkaar",
            "--teller", "Corry Keulen", "--add-person", "Marja Peters", "--consent", "Marja Peters=network 2024-03-01",
        ])
        #expect(result.status == 0, "\(result.errors)")
        #expect(
            try library.text("Stories/anekdotes/oud.md")
                == "---\nkind: anecdote\ntitle: Oud\ndate: 2019-06-12\nteller: Corry Keulen\nlessons: [resultaat]\nfoto: a.jpg\n"
                + "people: [Marja Peters]\nplace: Breda\nvisit: 2019-06-12-breda-zorg-voor-elkaar\nconsent: {Marja Peters: network 2024-03-01}\n"
                + "---\n\nEen nieuwe tekst\nover twee regels.\n")
        let cleared = try library.run(["edit", "oud", "--place", "", "--visit", ""])
        #expect(cleared.status == 0, "\(cleared.errors)")
        #expect(!(try library.text("Stories/anekdotes/oud.md").contains("place:")))
        let unknownVisit = try library.run(["edit", "oud", "--visit", "bestaat-niet"])
        #expect(unknownVisit.status == 1 && unknownVisit.errors.contains("[V0"))
        #expect(!(try library.text("Stories/anekdotes/oud.md").contains("bestaat-niet")))
        let speaker = try library.run(["edit", "met-elkaar-voor-elkaar", "--speaker", "Marja Peters"])
        #expect(speaker.status == 1, "consent is recorded for Christoffel Klap, whom the quote would no longer name")
        #expect(speaker.errors.contains("[V128]"))
    }

    @Test func anInvalidSaveInTheEditorKeepsTheOldFileAndAValidOneReplacesIt() throws {
        let library = try TemporaryLibrary()
        try library.write(Self.story, to: "Stories/anekdotes/oud.md")
        let broken = library.url("broken-editor.sh")
        try "#!/bin/sh\nprintf -- '---\\nkind: verhaal\\ntitle: Kapot\\n---\\nTekst\\n' > \"$1\"\n".write(
            to: broken, atomically: true, encoding: .utf8)
        let fixing = library.url("fixing-editor.sh")
        try "#!/bin/sh\nsed -i 's/title: Oud/title: Nieuw/; s/De oude tekst./De nieuwe tekst./' \"$1\"\n"
            .write(to: fixing, atomically: true, encoding: .utf8)
        for script in [broken, fixing] { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path) }

        let refused = try library.run(["edit", "oud"], environment: ["EDITOR": broken.path, "VISUAL": ""])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("unknown kind 'verhaal'"), "\(refused.errors)")
        #expect(refused.errors.contains("stays as it was"))
        #expect(try library.text("Stories/anekdotes/oud.md") == Self.story)

        let edited = try library.run(["edit", "oud"], environment: ["EDITOR": fixing.path, "VISUAL": ""])
        #expect(edited.status == 0, "\(edited.errors)")
        #expect(
            try library.text("Stories/anekdotes/oud.md")
                == Self.story.replacingOccurrences(of: "Oud", with: "Nieuw").replacingOccurrences(of: "oude", with: "nieuwe"))
    }

    @Test func aWithdrawnStoryIsGoneFromListSearchAndExportsAndOnlyItsIDStays() throws {
        let library = try TemporaryLibrary.sampleCopy()
        #expect(try library.run(["list"]).output.contains("zes-indicatoren"))
        let withdrawn = try library.run(["withdraw", "zes-indicatoren", "--reason", "Op verzoek van de verteller", "--by", "Paul Sebregts"])
        #expect(withdrawn.status == 0, "\(withdrawn.errors)")
        #expect(!FileManager.default.fileExists(atPath: library.url("Stories/anekdotes/zes-indicatoren.md").path))
        let tombstone = try library.text("Stories/ingetrokken/zes-indicatoren.yaml")
        #expect(tombstone.contains("id: zes-indicatoren\n") && tombstone.contains("by: Paul Sebregts\n"))
        #expect(!tombstone.contains("Zes indicatoren") && !tombstone.contains("toetsingskader"))

        #expect(!(try library.run(["list"]).output.contains("zes-indicatoren")))
        #expect(!(try library.run(["list", "--text", "toetsingskader"]).output.contains("zes-indicatoren")))
        let check = try library.run(["check"])
        #expect(check.status == 0, "a withdrawn story named elsewhere is a warning, not an error")
        #expect(check.output.contains("Stories/rondes/rvc-2020.md:") && check.output.contains("was withdrawn on"))
        #expect(check.output.contains("Stories/verhalen/raad-van-commissarissen.yaml:29:1: warning: 'zes-indicatoren' was withdrawn"))

        #expect(try library.run(["export", "raad-van-commissarissen"]).status == 0)
        let document = try library.text("Exports/raad-van-commissarissen.xml")
        #expect(document.contains("Een ingetrokken verhaal"))
        #expect(!document.contains("toetsingskader") && !document.contains("zes-indicatoren"))

        let again = try library.run([
            "add", "anecdote", "--id", "zes-indicatoren", "--title", "Zes", "--teller", "P", "--lesson", "1", "--text", "x",
        ])
        #expect(again.status == 1 && again.errors.contains("'zes-indicatoren' was withdrawn on"))
        let free = try library.run(["add", "anecdote", "--title", "Zes indicatoren", "--teller", "P", "--lesson", "1", "--text", "x"])
        #expect(free.output.contains("zes-indicatoren-2"))
    }

    /// The words of every listed person (and every teller) that a public document may not hold.
    static let listedNames = [
        "Corry", "Keulen", "Harrie", "Oosterlee", "Sebregts", "Vedder", "Christoffel", "Klap", "Lilian", "Zandbrink", "Stefan",
        "Cloudt", "Patrick Kenis", "Wouter Hart", "John Beckers", "Knaap", "Will Smits", "Anne Jansen", "Marieke",
    ]

    @Test func aPublicDocumentHoldsNoListedNameInAnyFormat() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let result = try library.run(["export", "raad-van-commissarissen", "--format", "all"])
        #expect(result.status == 0, "\(result.errors)")
        let content = try Self.unzipped(library.url("Exports/raad-van-commissarissen.odt"), part: "content.xml")
        let slides = try Self.unzipped(library.url("Exports/raad-van-commissarissen.odp"), part: "content.xml")
        for (format, text) in [
            ("DocBook", try library.text("Exports/raad-van-commissarissen.xml")),
            ("FODT", try library.text("Exports/raad-van-commissarissen.fodt")),
            ("ODT content.xml", content), ("slides", slides),
        ] {
            for name in Self.listedNames { #expect(!text.contains(name), "\(format) holds '\(name)'") }
            #expect(text.contains("bestuurder uit Breda"), "\(format) uses the pseudonyms")
        }
        let network = try library.run(["export", "wenkend-perspectief"])
        #expect(network.status == 0)
        #expect(try library.text("Exports/wenkend-perspectief.xml").contains("Harrie Oosterlee"))
        let manifest = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: library.url("Exports/raad-van-commissarissen.manifest.json")))
                as? [String: Any])
        #expect(manifest["audience"] as? String == "public" && manifest["pseudonyms"] as? Bool == true)
        let replaced = try #require(manifest["replacedNames"] as? [String: String])
        #expect(replaced["Harrie Oosterlee"] == "een bestuurder uit Midden-Limburg")
        let stories = try #require(manifest["stories"] as? [[String: Any]])
        #expect(stories.allSatisfy { $0["share"] as? String == "public" })
    }

    @Test func anIDMadeFromANameIsReplacedInThePublicDocumentButNotInTheReport() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let visit = "Stories/reisverslagen/2019-11-14-tilburg-patrick-kenis.md"
        try library.text(visit).replacingOccurrences(of: "share: network", with: "share: public")
            .write(to: library.url(visit), atomically: true, encoding: .utf8)
        try library.write(
            "title: Publiek\naudience: public\nentries: [2019-11-14-tilburg-patrick-kenis, zes-indicatoren]\n",
            to: "Stories/verhalen/publiek.yaml")
        let compose = try library.run(["compose", "publiek"])
        #expect(compose.output.contains("    - 2019-11-14-tilburg-patrick-kenis\n"), "the coordinator reads the library's ids")
        #expect(try library.run(["export", "publiek"]).status == 0)
        let document = try library.text("Exports/publiek.xml")
        #expect(!document.lowercased().contains("kenis"))
        #expect(document.contains("xml:id=\"v-2019-11-14-tilburg-een-hoogleraar-netwerkmanagement\""))
    }

    @Test func aStoryWhoseSpeakerDidNotAgreeIsLeftOutWithTheReason() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let edit = try library.run(["edit", "ruggensteun", "--consent", "het reisgezelschap=network"])
        #expect(edit.status == 0, "\(edit.errors)")
        let compose = try library.run(["compose", "raad-van-commissarissen"])
        #expect(
            compose.output.contains("Left out: ruggensteun (het reisgezelschap did not agree to be named for the public"),
            "\(compose.output)")
        #expect(try library.run(["export", "raad-van-commissarissen"]).status == 0)
        #expect(!(try library.text("Exports/raad-van-commissarissen.xml").contains("ruggensteun")))
        let check = try library.run(["check"])
        #expect(check.status == 0)
    }

    @Test func privacyFindsANameInEveryKindOfFileAndEraseLeavesCheckClean() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let name = "Tineke Bos"
        #expect(
            try library.run(["add", "anecdote", "--title", "Tinekes buurt", "--teller", name, "--lesson", "1", "--text", "Een verhaal."])
                .status == 0)
        #expect(try library.run(["edit", "ruggensteun", "--add-person", name, "--consent", "\(name)=public"]).status == 0)
        try (try library.text("Stories/anekdotes/zes-indicatoren.md") + "\nTineke zei het al.\n").write(
            to: library.url("Stories/anekdotes/zes-indicatoren.md"), atomically: true, encoding: .utf8)
        for file in [
            "Stories/sessies/2019-12-12-netwerktafel-leiderschap.md", "Stories/rondes/netwerktafel-2020.md",
            "Stories/duiding/dynamiek-hoort-bij-het-najaar.md",
        ] {
            try (try library.text(file) + "\nMet dank aan Tineke Bos.\n").write(to: library.url(file), atomically: true, encoding: .utf8)
        }
        #expect(try library.run(["member", "add", name]).status == 0)
        #expect(try library.run(["export", "wenkend-perspectief"]).status == 0)

        let found = try library.run(["privacy", name, "--json"])
        #expect(found.status == 0, "\(found.errors)")
        let answer = try #require(try JSONSerialization.jsonObject(with: Data(found.output.utf8)) as? [String: Any])
        let kinds = Set((answer["places"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String })
        for kind in ["teller", "person", "consent", "text", "session record", "round", "observation", "export"] {
            #expect(kinds.contains(kind), "privacy finds the name as \(kind): \(kinds)")
        }
        #expect(answer["member"] as? Bool == true)

        let refused = try library.run(["privacy", name, "--erase"])
        #expect(refused.status == 1 && refused.errors.contains("add --yes"))
        let erased = try library.run(["privacy", name, "--erase", "--yes"])
        #expect(erased.status == 0, "\(erased.errors)")
        #expect(erased.output.contains("Withdrew tinekes-buurt") && erased.output.contains("Removed the member 'Tineke Bos'"))
        let check = try library.run(["check"])
        #expect(check.status == 0 && check.output.contains(" 0 errors"), "\(check.output)")
        let after = try library.run(["privacy", name, "--json"])
        let left = try #require(try JSONSerialization.jsonObject(with: Data(after.output.utf8)) as? [String: Any])
        #expect((left["places"] as? [[String: Any]] ?? []).allSatisfy { $0["kind"] as? String == "export" })
        #expect(left["member"] as? Bool == false)
        #expect(try library.text("Stories/citaten/ruggensteun.md").contains("people: [een netwerklid]"))
    }

    @Test func namesCheckListsANameNoListCoversUntilItIsListed() throws {
        let library = try TemporaryLibrary.sampleCopy()
        try library.write(
            "---\nkind: anecdote\ntitle: Koffie\ndate: 2020-01-01\nteller: Corry Keulen\nlessons: [delen]\nshare: public\n---\n\nWe spraken met Marja Peters over de buurt.\n",
            to: "Stories/anekdotes/koffie.md")
        let listed = try library.run(["names", "check"])
        #expect(listed.status == 1 && listed.output.contains("Marja Peters"), "\(listed.output)")
        try (try library.text("Stories/namen.yaml") + "Marja Peters: een buurtbewoonster\n").write(
            to: library.url("Stories/namen.yaml"), atomically: true, encoding: .utf8)
        #expect(!(try library.run(["names", "check"]).output.contains("Marja Peters")))
    }

    /// A part of a zip file, read with Python's zipfile.
    static func unzipped(_ url: URL, part: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c", "import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())", url.path,
            part,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

extension TellerControlTests {
    /// The README's recipe: after `withdraw`, `scripts/privacy/forget-in-git.sh` leaves no commit,
    /// ref or object that holds the story's text.
    @Test func theGitRecipeLeavesNoCommitThatHoldsAWithdrawnStory() throws {
        let library = try TemporaryLibrary.sampleCopy()
        func git(_ arguments: [String]) throws -> String {
            let result = try TestGit.run(arguments, in: library.root)
            #expect(result.status == 0, "git \(arguments)")
            return result.output
        }
        _ = try git(["init", "-q"])
        _ = try git(["add", "-A"])
        _ = try git(["commit", "-q", "-m", "De bibliotheek"])
        #expect(try library.run(["withdraw", "zes-indicatoren", "--by", "Paul"]).status == 0)
        _ = try git(["add", "-A"])
        _ = try git(["commit", "-q", "-m", "Ingetrokken: zes-indicatoren"])
        #expect(try git(["log", "--all", "--format=%H", "--", "Stories/anekdotes/zes-indicatoren.md"]).isEmpty == false)

        let script = VerhaalProcess.packageRoot.appendingPathComponent("scripts/privacy/forget-in-git.sh")
        let process = Process()
        process.executableURL = script
        process.arguments = ["Stories/anekdotes/zes-indicatoren.md"]
        process.currentDirectoryURL = library.root
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        #expect(try git(["log", "--all", "--format=%H", "--", "Stories/anekdotes/zes-indicatoren.md"]).isEmpty)
        let objects = try git(["rev-list", "--all", "--objects"])
        let texts = try objects.split(separator: "\n").map { String($0.prefix(40)) }.map { try git(["cat-file", "-p", $0]) }
        #expect(!texts.contains { $0.contains("ontwikkeld dat vertrekt vanuit") }, "no object holds the story's text")
        #expect(try git(["fsck", "--unreachable", "--no-reflogs"]).isEmpty, "no unreachable object is left either")
        #expect(FileManager.default.fileExists(atPath: library.url("Stories/ingetrokken/zes-indicatoren.yaml").path))
    }
}
