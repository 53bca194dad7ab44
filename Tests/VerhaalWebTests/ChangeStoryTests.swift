import Foundation
import HummingbirdTesting
import Testing
import VerhaalKit

@testable import VerhaalWeb

@Suite("Editing and withdrawing a story from the browser")
struct ChangeStoryTests {
    /// Lilian records a story and returns its id; its file then gets a field the form does not
    /// show, and a person named.
    static func recordOwnStory(_ browser: Browser, site: WebTestSite) async throws -> String {
        let csrf = try await browser.csrf(from: "/vertellen/anekdote")
        let response = try await browser.post("/vertellen/anekdote", RecordTests.fields(csrf: csrf, title: "Koffie in de wijk"))
        let location = try #require(response.location)
        let id = String(try #require(location.firstMatch(of: /^\/verhalen\/([a-z0-9-]+)\?bewaard=1$/)).1)
        let url = site.root.appendingPathComponent("Stories/anekdotes/\(id).md")
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: "share: network\n", with: "share: network\npeople: [Marja Peters]\nfoto: koffie.jpg\n")
            .write(to: url, atomically: true, encoding: .utf8)
        return id
    }

    /// A member's story gets a random ending: the one file (or record) that starts with `name`.
    static func file(in folder: String, startingWith name: String, site: WebTestSite) throws -> URL {
        let folder = site.root.appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(name) }
        #expect(names.count == 1)
        return folder.appendingPathComponent(try #require(names.first))
    }

    @Test func aTellerEditsTheirOwnStoryAndWhatTheFormDoesNotShowIsKept() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let lilian = try await Browser.signIn(client, token: site.lilianToken)
            let id = try await Self.recordOwnStory(lilian, site: site)
            let story = try await lilian.get("/verhalen/\(id)").text
            #expect(story.contains("href=\"/verhalen/\(id)/bewerken\""))
            let form = try await lilian.get("/verhalen/\(id)/bewerken")
            #expect(form.status == .ok)
            #expect(form.text.contains("value=\"Koffie in de wijk\""))
            #expect(form.text.contains("action=\"/verhalen/\(id)/bewerken\""))
            let csrf = try await lilian.csrf(from: "/verhalen/\(id)/bewerken")
            var fields = RecordTests.fields(csrf: csrf, title: "Koffie en taart in de wijk")
            fields = fields.map { $0.0 == "text" ? ("text", "Een nieuwe tekst.") : $0 }.filter { $0.1 != "delen" }
            let saved = try await lilian.post("/verhalen/\(id)/bewerken", fields)
            #expect(saved.status == .seeOther)
            #expect(saved.location == "/verhalen/\(id)?bewaard=1")
        }
        let text = try String(
            contentsOf: Self.file(in: "Stories/anekdotes", startingWith: "koffie-in-de-wijk-", site: site), encoding: .utf8)
        #expect(text.contains("title: Koffie en taart in de wijk\n"))
        #expect(text.contains("lessons: [resultaat]\n"))
        #expect(text.contains("people: [Marja Peters]\nfoto: koffie.jpg\n"), "fields the form does not show stay")
        #expect(text.hasSuffix("---\n\nEen nieuwe tekst.\n"))
        #expect(!LibraryStore(root: site.root).load().diagnostics.containsErrors)
    }

    @Test func anotherMembersStoryIsAnsweredAsAMissingOneAndACoordinatorMayEditIt() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        let before = try String(contentsOf: site.root.appendingPathComponent("Stories/anekdotes/zes-indicatoren.md"), encoding: .utf8)
        try await site.test { client in
            let lilian = try await Browser.signIn(client, token: site.lilianToken)
            for path in ["/verhalen/zes-indicatoren/bewerken", "/verhalen/zes-indicatoren/terugtrekken"] {
                let theirs = try await lilian.get(path)
                let missing = try await lilian.get(path.replacingOccurrences(of: "zes-indicatoren", with: "bestaat-niet"))
                #expect(theirs.status == .notFound && missing.status == .notFound)
                #expect(theirs.text == missing.text.replacingOccurrences(of: "bestaat-niet", with: "zes-indicatoren"))
            }
            let csrf = try await lilian.csrf(from: "/vertellen/anekdote")
            let post = try await lilian.post("/verhalen/zes-indicatoren/bewerken", RecordTests.fields(csrf: csrf, title: "Overgenomen"))
            #expect(post.status == .notFound)
            #expect(!(try await lilian.get("/verhalen/zes-indicatoren").text.contains("/bewerken")))
            #expect(!(try await lilian.get("/verhalen/zes-indicatoren").text.contains("Stories/")), "members never see file paths")
            let list = try await lilian.get("/verhalen").text
            let newest = try #require(list.range(of: "Bied ruggensteun"))
            let oldest = try #require(list.range(of: "Zes indicatoren"))
            #expect(newest.lowerBound < oldest.lowerBound, "newest first (March 2020 before June 2019)")

            let paul = try await Browser.signIn(client, token: site.paulToken)
            #expect(try await paul.get("/verhalen/zes-indicatoren").text.contains("href=\"/verhalen/zes-indicatoren/bewerken\""))
            #expect(
                try await paul.get("/verhalen/zes-indicatoren").text.contains("Stories/anekdotes/zes-indicatoren.md"), "a coordinator's")
            let form = try await paul.get("/verhalen/zes-indicatoren/bewerken")
            #expect(form.status == .ok && form.text.contains("Verteld door Paul Sebregts."))
        }
        let after = try String(contentsOf: site.root.appendingPathComponent("Stories/anekdotes/zes-indicatoren.md"), encoding: .utf8)
        #expect(after == before)
    }

    @Test func anEditWithoutTheFormsTokenIsRefusedAndChangesNothing() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let lilian = try await Browser.signIn(client, token: site.lilianToken)
            let id = try await Self.recordOwnStory(lilian, site: site)
            let url = site.root.appendingPathComponent("Stories/anekdotes/\(id).md")
            let before = try Data(contentsOf: url)
            for token in ["", "0123456789abcdef"] {
                let response = try await lilian.post("/verhalen/\(id)/bewerken", RecordTests.fields(csrf: token, title: "Gekaapt"))
                #expect(response.status == .forbidden)
            }
            #expect(try Data(contentsOf: url) == before)
        }
    }

    @Test func aTellerWithdrawsAStoryAfterConfirmingAndOnlyItsIDStays() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let lilian = try await Browser.signIn(client, token: site.lilianToken)
            let id = try await Self.recordOwnStory(lilian, site: site)
            let confirm = try await lilian.get("/verhalen/\(id)/terugtrekken")
            #expect(confirm.status == .ok && confirm.text.contains("Ja, trek het verhaal terug"))
            #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("Stories/anekdotes/\(id).md").path))
            let csrf = try await lilian.csrf(from: "/verhalen/\(id)/terugtrekken")
            let done = try await lilian.post("/verhalen/\(id)/terugtrekken", [("csrf", csrf), ("reden", "Ik wil het anders vertellen")])
            #expect(done.status == .seeOther)
            #expect(try await lilian.get("/verhalen/\(id)").status == .notFound)
            #expect(!(try await lilian.get("/verhalen?tekst=Koffie").text.contains("Koffie in de wijk")))
        }
        let stories = try FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent("Stories/anekdotes").path)
        #expect(!stories.contains { $0.hasPrefix("koffie-in-de-wijk") })
        let tombstone = try String(
            contentsOf: Self.file(in: "Stories/ingetrokken", startingWith: "koffie-in-de-wijk-", site: site), encoding: .utf8)
        #expect(tombstone.contains("id: koffie-in-de-wijk-") && tombstone.contains("by: Lilian\n"))
        #expect(tombstone.contains("reason: Ik wil het anders vertellen\n"))
        #expect(!tombstone.contains("Koffie in de wijk") && !tombstone.contains("Eerste alinea"))
    }

    @Test func theQuoteFormAsksWhetherTheSpeakerMayBeNamedAndRecordsTheAnswer() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let lilian = try await Browser.signIn(client, token: site.lilianToken)
            let form = try await lilian.get("/vertellen/citaat").text
            #expect(form.contains("Mag deze persoon met naam genoemd worden?"))
            #expect(form.contains("name=\"consent\" value=\"network\""))
            let csrf = try await lilian.csrf(from: "/vertellen/citaat")
            let response = try await lilian.post(
                "/vertellen/citaat",
                RecordTests.fields(csrf: csrf, title: "Samen aan tafel", extra: [("speaker", "Marja Peters"), ("consent", "network")]))
            #expect(response.status == .seeOther)
        }
        let quote = try Self.file(in: "Stories/citaten", startingWith: "samen-aan-tafel-", site: site)
        let text = try String(contentsOf: quote, encoding: .utf8)
        #expect(text.contains("consent: {Marja Peters: network \(LocalDate.today())}\n"))
    }
}
