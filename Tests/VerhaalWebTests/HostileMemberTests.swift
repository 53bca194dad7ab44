import Foundation
import HummingbirdTesting
import Testing
import VerhaalKit

@testable import VerhaalWeb

/// Issue 10's points about what one member can do to the library or learn about others.
@Suite("Hostile members")
struct HostileMemberTests {
    /// 3. The form refuses an entry between 1 MB and the 1.1 MB body limit, as `check` would.
    @Test func anEntryOverOneMegabyteIsRefusedBeforeAnythingIsWritten() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let paul = try await Browser.signIn(client, token: site.paulToken)
            let csrf = try await paul.csrf(from: "/vertellen/anekdote")
            let text = String(repeating: "Een lange zin over het netwerk. ", count: 32_500)
            #expect(text.utf8.count > ReadingLimits.maximumEntryBytes && text.utf8.count < WebLimits.maximumBodyBytes - 20_000)
            let response = try await paul.post(
                "/vertellen/anekdote",
                RecordTests.fields(csrf: csrf, title: "Te lang")
                    .map { $0.0 == "text" ? ("text", text) : $0 })
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("De tekst is te lang: een verhaal mag hoogstens 1 MB zijn."))
        }
        #expect(site.entryFiles().count == 38)
        #expect(!LibraryStore(root: site.root).load().diagnostics.containsErrors)
    }

    /// 4. Anecdotes and travel-log entries whose ids would coincide, sent at once, all get
    /// their own id.
    @Test func parallelSubmissionsOfDifferentKindsNeverShareAnID() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let browser = try await Browser.signIn(client, token: site.lilianToken)
            let csrf = try await browser.csrf(from: "/vertellen/anekdote")
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<40 {
                    let (slug, title) = index.isMultiple(of: 2) ? ("anekdote", "2024-03-05 Breda") : ("reisverslag", "Breda")
                    group.addTask {
                        try await browser.post("/vertellen/\(slug)", RecordTests.fields(csrf: csrf, title: title)).status.code
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses == Array(repeating: 303, count: 40))
        }
        let library = LibraryStore(root: site.root).load()
        #expect(!library.diagnostics.containsErrors)
        let ids = library.entries.filter { $0.teller == "Lilian" }.map(\.id)
        #expect(ids.count == 40)
        #expect(Set(ids).count == 40)
    }

    /// 8. Another member's private entry behaves exactly like a missing one: as a visit, in the
    /// visit list, and in the id a new entry gets.
    @Test func anotherMembersPrivateEntryBehavesExactlyLikeAMissingOne() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let lilian = try await Browser.signIn(client, token: site.lilianToken)
            let csrf = try await lilian.csrf(from: "/vertellen/reisverslag")
            let saved = try await lilian.post(
                "/vertellen/reisverslag",
                RecordTests.fields(csrf: csrf, title: "Geheim bezoek")
                    .map { $0.0 == "share" ? ("share", "private") : $0 })
            let privateID = String(try #require(saved.location?.firstMatch(of: /^\/verhalen\/([a-z0-9-]+)\?/)).1)

            let paul = try await Browser.signIn(client, token: site.paulToken)
            let form = try await paul.get("/vertellen/anekdote").text
            #expect(!form.contains(privateID))
            let paulCSRF = try await paul.csrf(from: "/vertellen/anekdote")
            func visitPage(_ visit: String) async throws -> String {
                let page = try await paul.post(
                    "/vertellen/anekdote",
                    RecordTests.fields(
                        csrf: paulCSRF, title: "Een bezoek", extra: [("visit", visit)])
                ).text
                return page.replacingOccurrences(of: visit, with: "ID")
            }
            let privatePage = try await visitPage(privateID)
            let missingPage = try await visitPage("2024-03-05-bestaat-niet")
            #expect(privatePage == missingPage)
            #expect(privatePage.contains("Kies een bezoek uit de lijst."))
            // Beneath the page's words, the library gives the same diagnostic as for a missing id.
            let store = LibraryStore(root: site.root)
            var draft = EntryDraft(kind: .anecdote, title: "Een bezoek", dateText: "2024-03-05", teller: "Paul")
            draft.lessons = ["delen"]
            draft.body = "Tekst."
            draft.visit = privateID
            let forPrivate = store.problems(with: draft, for: .member("Paul"))
            draft.visit = "2024-03-05-bestaat-niet"
            let forMissing = store.problems(with: draft, for: .member("Paul"))
            #expect(forPrivate.map(\.code) == [.unknownVisit])
            #expect(forMissing.map(\.code) == [.unknownVisit])
            #expect(
                forPrivate.first?.summary.replacingOccurrences(of: privateID, with: "ID")
                    == forMissing.first?.summary.replacingOccurrences(of: "2024-03-05-bestaat-niet", with: "ID"))
            // The command line, which sees every file, says what it is.
            draft.visit = privateID
            #expect(store.problems(with: draft).isEmpty)

            // The same title as the private entry gives an id of the same shape as a new title.
            let taken = try await paul.post("/vertellen/reisverslag", RecordTests.fields(csrf: paulCSRF, title: "Geheim bezoek"))
            let fresh = try await paul.post("/vertellen/reisverslag", RecordTests.fields(csrf: paulCSRF, title: "Open bezoek"))
            let takenID = String(try #require(taken.location?.firstMatch(of: /^\/verhalen\/([a-z0-9-]+)\?/)).1)
            let freshID = String(try #require(fresh.location?.firstMatch(of: /^\/verhalen\/([a-z0-9-]+)\?/)).1)
            #expect(takenID.firstMatch(of: /^2024-03-05-geheim-bezoek-[a-z2-9]{4}$/) != nil)
            #expect(freshID.firstMatch(of: /^2024-03-05-open-bezoek-[a-z2-9]{4}$/) != nil)
            #expect(takenID != privateID)
        }
    }

    /// 10. A form with 150,000 tags is refused before it is parsed, as a file with them would be.
    @Test func aFormWithTooManyTagsIsRefusedBeforeParsing() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let paul = try await Browser.signIn(client, token: site.paulToken)
            let csrf = try await paul.csrf(from: "/vertellen/anekdote")
            let tags = (0..<150_000).map { "t\($0 % 10)" }.joined(separator: ",")
            let response = try await paul.post(
                "/vertellen/anekdote",
                RecordTests.fields(csrf: csrf, title: "Veel tags")
                    .map { $0.0 == "tags" ? ("tags", tags) : $0 })
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("Te veel waarden: hoogstens 100."))
        }
        #expect(site.entryFiles().count == 38)
    }
}
