import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import VerhaalWeb

/// The server keeps the library in memory and follows the files: an entry edited, added or
/// removed on disk shows on the next page once the watcher has seen it, or, without a watcher,
/// after the next stat scan (at most a second later).
@Suite struct LiveLibraryTests {
    let path = "Stories/anekdotes/zes-indicatoren.md"

    func edit(_ site: WebTestSite, title: String) throws {
        let url = site.root.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        let edited = text.replacing(#/title: .*/#, with: "title: \(title)")
        // In place, as an editor that does not save atomically would: the folder does not change.
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(edited.utf8))
        try handle.close()
    }

    /// Waits until the watcher reports a change; fails after five seconds.
    func waitForWatcher(_ site: Site) async throws {
        for _ in 0..<100 {
            if site.live.hasPendingChange { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("the watcher saw no change in five seconds")
    }

    @Test func anEditOnDiskShowsOnTheNextPageOnceTheWatcherHasSeenIt() async throws {
        let testSite = try WebTestSite()
        defer { testSite.remove() }
        try await testSite.test(watchingFiles: true) { client, site in
            #expect(site.live.isWatching)
            let paul = try await Browser.signIn(client, token: testSite.paulToken)
            #expect(try await paul.get("/verhalen/zes-indicatoren").text.contains("Zes indicatoren"))
            #expect(!site.live.hasPendingChange)
            try edit(testSite, title: "Zeven kengetallen")
            try await waitForWatcher(site)
            let page = try await paul.get("/verhalen/zes-indicatoren").text
            #expect(page.contains("Zeven kengetallen"))
            #expect(try await paul.get("/verhalen?tekst=kengetallen").text.contains("href=\"/verhalen/zes-indicatoren\""))
            // A new file, then its removal.
            let added = testSite.root.appendingPathComponent("Stories/anekdotes/nieuw-op-schijf.md")
            try Data(
                "---\nkind: anecdote\ntitle: Nieuw op schijf\ndate: 2020-02-02\nteller: Paul\nlessons: [grenzeloos]\n---\nTekst.\n".utf8
            )
            .write(to: added)
            try await waitForWatcher(site)
            #expect(try await paul.get("/verhalen/nieuw-op-schijf").status == .ok)
            try FileManager.default.removeItem(at: added)
            try await waitForWatcher(site)
            #expect(try await paul.get("/verhalen/nieuw-op-schijf").status == .notFound)
        }
    }

    /// The story list, a search, coverage and the record form's visits are worked out once
    /// for each member and kept (`LiveLibrary.remembered`); a change on disk makes them anew.
    @Test func listsSearchesCoverageAndVisitsKeptForAMemberFollowAnEditOnDisk() async throws {
        let testSite = try WebTestSite()
        defer { testSite.remove() }
        try await testSite.test(watchingFiles: true) { client, site in
            let paul = try await Browser.signIn(client, token: testSite.paulToken)
            func coverageTotal() async throws -> String? {
                let page = try await paul.get("/dekking").text
                return page.firstMatch(of: #/</a></td><td>(\d+)</td></tr>/#).map { String($0.1) }
            }
            // Twice each, so that the second answer comes from what was kept.
            for _ in 0..<2 {
                #expect(try await paul.get("/verhalen").text.contains("Zes indicatoren"))
                #expect(!(try await paul.get("/verhalen?tekst=kengetallen").text.contains("zes-indicatoren")))
                #expect(!(try await paul.get("/vertellen/anekdote").text.contains("Bezoek op schijf")))
            }
            let total = try #require(try await coverageTotal())
            #expect(try await coverageTotal() == total)
            try edit(testSite, title: "Zeven kengetallen")
            try Data(
                """
                ---
                kind: travel-log
                title: Bezoek op schijf
                date: 2020-03-03
                teller: Paul
                place: Venlo
                lessons: [grenzeloos]
                perspectives: [netwerk]
                ---
                Tekst.

                """.utf8
            ).write(to: testSite.root.appendingPathComponent("Stories/reisverslagen/bezoek-op-schijf.md"))
            try await waitForWatcher(site)
            let list = try await paul.get("/verhalen").text
            #expect(list.contains("Zeven kengetallen") && !list.contains("Zes indicatoren"))
            #expect(try await paul.get("/verhalen?tekst=kengetallen").text.contains("href=\"/verhalen/zes-indicatoren\""))
            #expect(try await paul.get("/vertellen/anekdote").text.contains("2020-03-03 · Bezoek op schijf"))
            #expect(try await coverageTotal() == String(Int(total)! + 1))
        }
    }

    /// The rounds are kept with the library: a round the CLI changes shows in the teller's
    /// feedback once the watcher has seen the file, and is not read again for every page.
    @Test func aRoundChangedOnDiskShowsInTheFeedbackOnceTheWatcherHasSeenIt() async throws {
        let testSite = try WebTestSite()
        defer { testSite.remove() }
        try await testSite.test(watchingFiles: true) { client, site in
            let paul = try await Browser.signIn(client, token: testSite.paulToken)
            let before = try await paul.get("/verhalen/zes-indicatoren").text
            #expect(before.contains("Zes indicatoren laten zien dat een netwerk zijn resultaat samen kan meten en bespreken."))
            let file = testSite.root.appendingPathComponent("Stories/rondes/netwerktafel-2020.md")
            let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(
                of: "Zes indicatoren laten zien", with: "Zes kengetallen laten zien")
            try Data(text.utf8).write(to: file)
            try await waitForWatcher(site)
            let after = try await paul.get("/verhalen/zes-indicatoren").text
            #expect(after.contains("Zes kengetallen laten zien dat een netwerk zijn resultaat samen kan meten en bespreken."))
        }
    }

    @Test func withoutAWatcherAnEditShowsAfterAtMostASecond() async throws {
        let testSite = try WebTestSite()
        defer { testSite.remove() }
        try await testSite.test(watchingFiles: false) { client, site in
            #expect(!site.live.isWatching)
            let paul = try await Browser.signIn(client, token: testSite.paulToken)
            #expect(try await paul.get("/verhalen/zes-indicatoren").text.contains("Zes indicatoren"))
            try edit(testSite, title: "Zeven kengetallen")
            // The page itself is the event: asked again until it shows the edit (a stat scan runs
            // at most once a second), for at most 10 s on a busy machine.
            let start = ContinuousClock.now
            var shown = false
            while !shown && ContinuousClock.now - start < .seconds(10) {
                shown = try await paul.get("/verhalen/zes-indicatoren").text.contains("Zeven kengetallen")
                if !shown { try await Task.sleep(for: .milliseconds(50)) }
            }
            #expect(shown, "the edit never showed")
        }
    }
}
