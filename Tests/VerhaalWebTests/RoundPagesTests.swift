import Foundation
import Testing
import VerhaalKit

@testable import VerhaalWeb

/// Coordinators open Most Significant Change rounds and record the panel's choices from the
/// browser, with the checks the CLI makes, and the round file is the one `check` accepts.
@Suite struct RoundPagesTests {
    static let reason = "Dit verhaal laat als geen ander zien wat er in de wijk verandert."

    @Test func aCoordinatorOpensARoundPicksWithReasonsAndClosesIt() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        let token = site.paulToken
        let root = site.root
        try await site.test { client in
            let paul = try await Browser.signIn(client, token: token)
            let list = try await paul.get("/rondes")
            #expect(list.status == .ok)
            #expect(list.text.contains("<a href=\"/rondes/rvc-2020\">Raad van commissarissen (rvc-2020)</a>"))
            #expect(list.text.contains("De keuzes van Netwerktafel (netwerktafel-2020)"))
            #expect(list.text.contains("placeholder=\"JJJJ-MM-DD\"") && !list.text.contains("placeholder=\"2019"), "a format, not a value")
            let csrf = try await paul.csrf(from: "/rondes")

            let opened = try await paul.post(
                "/rondes",
                [
                    ("csrf", csrf), ("naam", "tafel-2021"), ("panel", "Netwerktafel"), ("datum", "2021-01-10"), ("na", ""),
                    ("soort", "anecdote"), ("vanaf", "2019-09-01"), ("tot", "2019-09-30"),
                ])
            #expect(opened.status == .seeOther)
            #expect(opened.location == "/rondes/tafel-2021?bewaard=geopend")
            let file = root.appendingPathComponent("Stories/rondes/tafel-2021.md")
            let written = try String(contentsOf: file, encoding: .utf8)
            #expect(!written.contains("twijfel-in-de-trein"), "a private story is never a candidate")
            let round = try #require(LibraryStore(root: root).load().rounds.first { $0.id == "tafel-2021" })
            #expect(round.panel == "Netwerktafel" && round.date.description == "2021-01-10" && !round.candidates.isEmpty)
            let candidate = round.candidates[0]

            let page = try await paul.get("/rondes/tafel-2021?bewaard=geopend")
            #expect(page.text.contains("Ronde geopend: Stories/rondes/tafel-2021.md"))
            #expect(page.text.contains("<h3>Focus op resultaat, niet op samenwerkingsvorm</h3>"))
            #expect(page.text.contains("<h3>Wat verandert er voor bewoners?</h3>"))

            // The CLI's checks, in the page's words; nothing is written and the input stays.
            let short = try await paul.post(
                "/rondes/tafel-2021/keuze", [("csrf", csrf), ("domein", "resultaat"), ("verhaal", candidate), ("reden", "Mooi <verhaal>.")])
            #expect(short.status == .unprocessableContent)
            #expect(short.text.contains("minstens één zin van 8 woorden of meer (de langste heeft er nu 2)"))
            #expect(short.text.contains(">Mooi &lt;verhaal&gt;.</textarea>"))
            #expect(try String(contentsOf: file, encoding: .utf8) == written)
            let stranger = try await paul.post(
                "/rondes/tafel-2021/keuze", [("csrf", csrf), ("domein", "resultaat"), ("verhaal", "ruggensteun"), ("reden", Self.reason)])
            #expect(stranger.status == .unprocessableContent && stranger.text.contains("Kies een verhaal uit de kandidaten."))
            let secret = try await paul.post(
                "/rondes/tafel-2021/keuze",
                [("csrf", csrf), ("domein", "resultaat"), ("verhaal", "twijfel-in-de-trein"), ("reden", Self.reason)])
            #expect(secret.status == .unprocessableContent && !secret.text.contains("Twijfel in de trein"))
            let nothing = try await paul.post(
                "/rondes/tafel-2021/keuze", [("csrf", csrf), ("domein", "resultaat"), ("verhaal", ""), ("reden", Self.reason)])
            #expect(nothing.text.contains("Kies een verhaal, of ‘geen keuze’."))
            let early = try await paul.post("/rondes/tafel-2021/sluiten", [("csrf", csrf)])
            #expect(early.status == .unprocessableContent)
            #expect(early.text.contains("Nog geen keuze voor: ‘Focus op resultaat, niet op samenwerkingsvorm’"))
            #expect(try String(contentsOf: file, encoding: .utf8) == written)

            let picked = try await paul.post(
                "/rondes/tafel-2021/keuze",
                [
                    ("csrf", csrf), ("domein", "resultaat"), ("verhaal", candidate), ("reden", Self.reason),
                    ("anders", "Twee leden wilden een ander verhaal."),
                ])
            #expect(picked.status == .seeOther)
            #expect(picked.location == "/rondes/tafel-2021?bewaard=resultaat#domein-resultaat")
            #expect(try await paul.get(picked.location ?? "").text.contains("Keuze vastgelegd voor ‘Focus op resultaat"))
            for domain in ["grenzeloos", "delen", "dynamiek", "verhaal", "bewoners"] {
                let none = try await paul.post(
                    "/rondes/tafel-2021/keuze", [("csrf", csrf), ("domein", domain), ("verhaal", "-"), ("reden", Self.reason)])
                #expect(none.status == .seeOther)
            }
            let closed = try await paul.post("/rondes/tafel-2021/sluiten", [("csrf", csrf)])
            #expect(closed.status == .seeOther)
            let after = try await paul.get("/rondes/tafel-2021?bewaard=gesloten").text
            #expect(after.contains("De ronde is gesloten."))
            #expect(!after.contains("name=\"reden\""), "a closed round has no forms")
            #expect(after.contains("href=\"/rondes?na=tafel-2021#openen\""))
            let late = try await paul.post(
                "/rondes/tafel-2021/keuze", [("csrf", csrf), ("domein", "resultaat"), ("verhaal", candidate), ("reden", Self.reason)])
            #expect(late.status == .unprocessableContent && late.text.contains("Deze ronde is gesloten."))

            let library = LibraryStore(root: root).load()
            #expect(library.diagnostics.filter { $0.file.contains("rondes/") }.isEmpty, "\(library.diagnostics)")
            let saved = try #require(library.rounds.first { $0.id == "tafel-2021" })
            #expect(saved.isClosed && saved.choice(for: "resultaat")?.story == candidate)
            #expect(saved.choice(for: "resultaat")?.dissent == "Twee leden wilden een ander verhaal.")
            #expect(saved.choice(for: "bewoners")?.story == nil)

            // The next panel reads this panel's choices; the teller hears back.
            let next = try await paul.post(
                "/rondes", [("csrf", csrf), ("naam", "bestuur-2021"), ("panel", "Bestuur"), ("datum", ""), ("na", "tafel-2021")])
            #expect(next.status == .seeOther)
            let chain = try #require(LibraryStore(root: root).load().rounds.first { $0.id == "bestuur-2021" })
            #expect(chain.candidates == [candidate] && chain.after == "tafel-2021")
            #expect(try await paul.get("/verhalen/\(candidate)").text.contains("Gekozen door Netwerktafel (10 januari 2021)"))
        }
    }

    @Test func picksPostedAtOnceInEveryDomainAreAllKept() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        let token = site.paulToken
        let root = site.root
        try await site.test { client in
            let paul = try await Browser.signIn(client, token: token)
            let csrf = try await paul.csrf(from: "/rondes")
            let opened = try await paul.post("/rondes", [("csrf", csrf), ("naam", "tafel"), ("panel", "Netwerktafel"), ("soort", "quote")])
            #expect(opened.status == .seeOther)
            let domains = ["resultaat", "grenzeloos", "delen", "dynamiek", "verhaal", "bewoners"]
            try await withThrowingTaskGroup(of: Int.self) { group in
                for domain in domains {
                    group.addTask {
                        let fields = [("csrf", csrf), ("domein", domain), ("verhaal", "ruggensteun"), ("reden", Self.reason)]
                        return Int(try await paul.post("/rondes/tafel/keuze", fields).status.code)
                    }
                }
                for try await status in group { #expect(status == 303) }
            }
            let round = try #require(LibraryStore(root: root).load().rounds.first { $0.id == "tafel" })
            #expect(round.openDomains.isEmpty, "no pick undid another: \(round.choices.map(\.domain))")
        }
    }

    @Test func openingIsRefusedAsTheCLIRefusesIt() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        let token = site.paulToken
        let root = site.root
        try await site.test { client in
            let paul = try await Browser.signIn(client, token: token)
            let csrf = try await paul.csrf(from: "/rondes")
            func open(_ fields: [(String, String)]) async throws -> String {
                let response = try await paul.post("/rondes", [("csrf", csrf)] + fields)
                #expect(response.status == .unprocessableContent)
                return response.text
            }
            #expect(try await open([("naam", "Tafel 2021"), ("panel", "X")]).contains("alleen kleine letters, cijfers en streepjes"))
            #expect(try await open([("naam", "rvc-2020"), ("panel", "X")]).contains("Er is al een ronde ‘rvc-2020’."))
            #expect(try await open([("naam", "tafel"), ("panel", "  ")]).contains("Vul in wie kiest: het panel."))
            #expect(try await open([("naam", "tafel"), ("panel", "X"), ("tekst", "qqqzzz")]).contains("geen kandidaten"))
            #expect(
                try await open([("naam", "tafel"), ("panel", "X"), ("na", "rvc-2020"), ("soort", "quote")])
                    .contains("niet allebei"))
            let badDate = try await open([("naam", "tafel"), ("panel", "Net <tafel>"), ("datum", "2021-02-30")])
            #expect(badDate.contains("Schrijf de datum als JJJJ-MM-DD"))
            #expect(badDate.contains("value=\"Net &lt;tafel&gt;\""), "what was typed stays")
            let files = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Stories/rondes").path)
            #expect(Set(files) == ["netwerktafel-2020.md", "rvc-2020.md"])
        }
    }

    @Test func onlyCoordinatorsWithTheFormsTokenChangeRounds() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        let (paulToken, lilianToken) = (site.paulToken, site.lilianToken)
        let root = site.root
        try await site.test { client in
            let lilian = try await Browser.signIn(client, token: lilianToken)
            #expect(try await lilian.get("/rondes").status == .forbidden)
            #expect(try await lilian.get("/rondes/rvc-2020").status == .forbidden)
            #expect(!(try await lilian.get("/").text.contains("href=\"/rondes\"")))
            let ownCSRF = try await lilian.csrf(from: "/")
            #expect(try await lilian.post("/rondes", [("csrf", ownCSRF), ("naam", "x"), ("panel", "X")]).status == .forbidden)

            let paul = try await Browser.signIn(client, token: paulToken)
            #expect(try await paul.get("/").text.contains("href=\"/rondes\""))
            #expect(try await paul.post("/rondes", [("naam", "x"), ("panel", "X")]).status == .forbidden, "no CSRF token")
            #expect(try await paul.get("/rondes/bestaat-niet").status == .notFound)
            #expect(try await paul.get("/rondes/..%2F..%2Fverhaal").status == .notFound)
            let rvc = try await paul.get("/rondes/rvc-2020").text
            #expect(rvc.contains("Deze ronde is gesloten.") && !rvc.contains("name=\"reden\""))
            let files = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Stories/rondes").path)
            #expect(Set(files) == ["netwerktafel-2020.md", "rvc-2020.md"])
        }
    }

    /// The server keeps its entries without their texts; a round chosen by a word that only a
    /// story's text holds still finds that story.
    @Test func aRoundOpenedByAWordInTheTextsFindsTheStoriesThatHoldIt() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let paul = try await Browser.signIn(client, token: site.paulToken)
            let csrf = try await paul.csrf(from: "/rondes")
            let opened = try await paul.post(
                "/rondes",
                [("csrf", csrf), ("naam", "woord-2021"), ("panel", "Netwerktafel"), ("datum", "2021-01-10"), ("tekst", "stelselmatig")])
            #expect(opened.status == .seeOther)
            let round = try #require(LibraryStore(root: site.root).load().rounds.first { $0.id == "woord-2021" })
            #expect(round.candidates == ["zes-indicatoren"])
        }
    }
}
