import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import VerhaalWeb

/// The story list shows fifty stories a page, with links that keep the filters; a text search
/// goes through the index, ignores accents and never shows another member's private story.
@Suite struct StoriesPagingTests {
    @Test func theListHasPagesOfFiftyThatKeepTheFilters() async throws {
        let testSite = try WebTestSite()
        defer { testSite.remove() }
        for index in 0..<120 {
            let text =
                "---\nkind: anecdote\ntitle: Wijkverhaal \(index)\ndate: 2021-01-01\nteller: Paul\nlessons: [grenzeloos]\n---\nOver de wijk.\n"
            try Data(text.utf8).write(to: testSite.root.appendingPathComponent("Stories/anekdotes/wijk-\(index).md"))
        }
        try await testSite.test(watchingFiles: true) { client, _ in
            let paul = try await Browser.signIn(client, token: testSite.paulToken)
            let first = try await paul.get("/verhalen?tekst=wijkverhaal").text
            #expect(first.contains("120 verhalen"))
            #expect(first.components(separatedBy: "<li>\n<a href=\"/verhalen/").count - 1 == 50)
            #expect(first.contains("pagina 1 van 3"))
            #expect(first.contains("href=\"/verhalen?tekst=wijkverhaal&amp;pagina=2\" rel=\"next\""))
            #expect(!first.contains("rel=\"prev\""))
            let last = try await paul.get("/verhalen?tekst=wijkverhaal&pagina=3").text
            #expect(last.components(separatedBy: "<li>\n<a href=\"/verhalen/").count - 1 == 20)
            #expect(last.contains("rel=\"prev\""))
            #expect(!last.contains("rel=\"next\""))
            let beyond = try await paul.get("/verhalen?tekst=wijkverhaal&pagina=99").text
            #expect(beyond.contains("pagina 3 van 3"), "a page past the end shows the last one")
        }
    }

    @Test func aTextSearchIgnoresAccentsAndKeepsPrivateStoriesPrivate() async throws {
        let testSite = try WebTestSite()
        defer { testSite.remove() }
        let secret =
            "---\nkind: anecdote\ntitle: Één geheim kader\ndate: 2021-01-01\nteller: Paul\nshare: private\nlessons: [grenzeloos]\n---\nPrivé.\n"
        try Data(secret.utf8).write(to: testSite.root.appendingPathComponent("Stories/anekdotes/geheim-kader.md"))
        try await testSite.test(watchingFiles: true) { client, _ in
            let paul = try await Browser.signIn(client, token: testSite.paulToken)
            let lilian = try await Browser.signIn(client, token: testSite.lilianToken)
            let paulPage = try await paul.get("/verhalen?tekst=een+kader").text
            #expect(paulPage.contains("href=\"/verhalen/geheim-kader\""))
            #expect(paulPage.contains("href=\"/verhalen/zes-indicatoren\""))
            let lilianPage = try await lilian.get("/verhalen?tekst=een+kader").text
            #expect(!lilianPage.contains("geheim"))
            #expect(lilianPage.contains("href=\"/verhalen/zes-indicatoren\""))
        }
    }
}
