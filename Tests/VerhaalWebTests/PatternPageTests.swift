import Foundation
import HummingbirdTesting
import Testing
import VerhaalKit

@testable import VerhaalWeb

/// *Patronen* on the web: every member sees the patterns of the network's stories with small
/// groups suppressed; only coordinators mark patterns and write observations, and the form is
/// checked by the rules `check` applies to the file.
@Suite struct PatternPageTests {
    @Test func membersSeeThePatternsWithFiguresAndNoPrivateStory() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let lilian = try await Browser.signIn(client, token: site.lilianToken)
            let list = try await lilian.get("/patronen")
            #expect(list.status == .ok)
            #expect(list.text.contains("35 verhalen (voor het netwerk)"), "the private entry counts in nothing; two are left out")
            #expect(list.text.contains("href=\"/patronen/pendule~leiderschap=verantwoordelijkheid\""))
            #expect(list.text.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), "the coverage figure, inline")
            #expect(list.text.contains("aria-current=\"page\">Patronen"))
            let page = try await lilian.get("/patronen/pendule~leiderschap=verantwoordelijkheid")
            #expect(page.status == .ok)
            #expect(page.text.contains("Kruskal–Wallis-toets over 27 verhalen (8 zonder antwoord)"))
            #expect(page.text.contains("Wie verantwoordelijkheid neemt, kijkt naar het netwerk"))
            #expect(page.text.contains("Het zijn dezelfde vertellers"))
            #expect(!page.text.contains("&lt;3"), "a member sees hidden cells as x, never as <3")
            #expect(!page.text.contains("Twijfel in de trein"))
            #expect(!page.text.contains("action=\"/patronen/"), "members get no forms")
            #expect(try await lilian.get("/patronen/rol~pendule").status == .notFound)
            #expect(try await lilian.get("/patronen/%3Cscript%3E").status == .notFound)
            let csrf = try await lilian.csrf(from: "/verhalen")
            let refused = try await lilian.post("/patronen/pendule~rol/markering", [("csrf", csrf), ("mark", "yes")])
            #expect(refused.status == .forbidden)
        }
    }

    /// The mark and observation routes refuse a pattern id that `check` would refuse, so the
    /// web never writes a file that stops every export.
    @Test func aMarkForAnUnknownPatternIsRefusedAndCheckStaysClean() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let paul = try await Browser.signIn(client, token: site.paulToken)
            let csrf = try await paul.csrf(from: "/patronen/pendule~gevoel")
            let mark = try await paul.post("/patronen/bestaat-niet~nergens/markering", [("csrf", csrf), ("mark", "yes")])
            #expect(mark.status == .notFound)
            let observation = try await paul.post(
                "/patronen/bestaat-niet~nergens/duiding", [("csrf", csrf), ("title", "T"), ("strength", "2"), ("text", "x")])
            #expect(observation.status == .notFound)
        }
        let marks = try String(contentsOf: site.root.appendingPathComponent("Stories/duiding/markeringen.yaml"), encoding: .utf8)
        #expect(!marks.contains("bestaat-niet"))
        #expect(LibraryStore(root: site.root).load().diagnostics.isEmpty)
    }

    @Test func aCoordinatorMarksAPatternAndWritesAnObservation() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let paul = try await Browser.signIn(client, token: site.paulToken)
            let address = "/patronen/pendule~gevoel"
            let csrf = try await paul.csrf(from: address)
            let marked = try await paul.post("\(address)/markering", [("csrf", csrf), ("mark", "maybe")])
            #expect(marked.status == .seeOther)
            let marks = try String(contentsOf: site.root.appendingPathComponent("Stories/duiding/markeringen.yaml"), encoding: .utf8)
            #expect(marks.contains("pendule~gevoel: maybe") && marks.contains("# Hoe opmerkelijk"), "other lines are kept")
            #expect(try await paul.get(address).text.contains("Markering: misschien"))

            // One interpretation only: refused with the rule's words, nothing written, input kept.
            let before = try FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent("Stories/duiding").path)
            var fields = [
                ("csrf", csrf), ("title", "Hoop <en> zorg"), ("strength", "3"), ("text", "Wie hoopvol is, kijkt naar het netwerk."),
                ("interpretation1Title", "Hoop opent"), ("interpretation1Text", "Wie hoopt, kijkt verder."),
                ("interpretation1Questions", "Klopt dat?\nBij wie?"), ("interpretation1Idea", ""),
            ]
            let refused = try await paul.post("\(address)/duiding", fields)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Schrijf twee duidingen die met elkaar wedijveren, elk met een titel en een tekst."))
            #expect(!refused.text.contains("that compete"), "no English on a Dutch page")
            #expect(refused.text.contains("value=\"Hoop &lt;en&gt; zorg\""))
            let after = try FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent("Stories/duiding").path)
            #expect(Set(before) == Set(after))

            fields += [("interpretation2Title", "Zorg sluit"), ("interpretation2Text", "Wie zich zorgen maakt, kijkt naar binnen.")]
            let saved = try await paul.post("\(address)/duiding", fields)
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "\(address)?bewaard=hoop-en-zorg.md")
            let library = LibraryStore(root: site.root).load()
            #expect(library.diagnostics.isEmpty, "\(library.diagnostics)")
            let observation = try #require(library.observations.first { $0.id == "hoop-en-zorg" })
            #expect(observation.author == "Paul" && observation.strength == 3 && observation.pattern == "pendule~gevoel")
            #expect(observation.interpretations.map(\.questions) == [["Klopt dat?", "Bij wie?"], []])
            let page = try await paul.get("\(address)?bewaard=hoop-en-zorg.md")
            #expect(page.text.contains("Bewaard in hoop-en-zorg.md."))
            #expect(page.text.contains("Zorg sluit"))
        }
    }
}
