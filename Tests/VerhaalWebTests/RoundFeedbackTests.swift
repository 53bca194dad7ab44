import Foundation
import Testing
import VerhaalKit

@testable import VerhaalWeb

/// Feedback to tellers: their story's page says in which rounds it was a candidate, where it
/// was chosen and why; the home page lists their stories that were chosen.
@Suite struct RoundFeedbackTests {
    @Test func aTellerSeesOnTheirStorysPageThatItWasChosenAndWhy() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        let token = try site.members.add(name: "Paul Sebregts", coordinator: false).token
        try await site.test { client in
            let browser = try await Browser.signIn(client, token: token)
            let story = try await browser.get("/verhalen/zes-indicatoren")
            #expect(story.status == .ok)
            let text = story.text
            #expect(text.contains("Gekozen als meest betekenisvol?"))
            #expect(text.contains("Gekozen door Netwerktafel (20 januari 2020) voor ‘Focus op resultaat, niet op samenwerkingsvorm’"))
            #expect(text.contains("Zes indicatoren laten zien dat een netwerk zijn resultaat samen kan meten en bespreken."))
            #expect(text.contains("Gekozen door Raad van commissarissen (10 maart 2020)"), "the chain of rounds")

            let candidate = try await browser.get("/verhalen/themavond-over-delen").text
            #expect(candidate.contains("Kandidaat bij Raad van commissarissen (10 maart 2020): niet gekozen"))
            let dissent = try await browser.get("/verhalen/besluiten-aan-de-netwerktafel").text
            #expect(dissent.contains("Anders gezien: Twee leden vonden dat het draagvlak"))
            let none = try await browser.get("/verhalen/ruggensteun").text
            #expect(!none.contains("Gekozen als meest betekenisvol?"), "a story in no round says nothing")

            let home = try await browser.get("/").text
            #expect(home.contains("Jouw verhalen die gekozen zijn"))
            #expect(home.contains("<a href=\"/verhalen/zes-indicatoren\">Zes indicatoren</a>"))
            let others = try await Browser.signIn(client, token: site.lilianToken).get("/").text
            #expect(!others.contains("Jouw verhalen die gekozen zijn"), "Lilian's name tells no chosen story")
        }
    }
}
