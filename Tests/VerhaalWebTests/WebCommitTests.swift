import Foundation
import HummingbirdTesting
import Testing
import VerhaalKit
import VerhaalTestSupport

@testable import VerhaalWeb

@Suite("Every change in the web is a commit by its member")
struct WebCommitTests {
    @discardableResult
    static func git(_ arguments: [String], in folder: URL) throws -> String {
        try TestGit.output(arguments, in: folder)
    }

    /// The sample site as a repository with one commit of everything but `.verhaal/`.
    static func repositorySite() throws -> WebTestSite {
        let site = try WebTestSite()
        try "/.verhaal/\n".write(to: site.root.appendingPathComponent(".gitignore"), atomically: true, encoding: .utf8)
        try git(["init", "-q"], in: site.root)
        try git(["add", "--all"], in: site.root)
        try git(["commit", "-q", "-m", "De bibliotheek"], in: site.root)
        return site
    }

    @Test func aStoryRecordedAndWithdrawnIsACommitOfOnlyItsPathsByItsMember() async throws {
        let site = try Self.repositorySite()
        defer { site.remove() }
        try "ruis\n".write(to: site.root.appendingPathComponent("Stories/anekdotes/ruis.txt"), atomically: true, encoding: .utf8)
        try await site.test { client in
            let lilian = try await Browser.signIn(client, token: site.lilianToken)
            let csrf = try await lilian.csrf(from: "/vertellen/anekdote")
            let saved = try await lilian.post("/vertellen/anekdote", RecordTests.fields(csrf: csrf, title: "Koffie in de wijk"))
            #expect(saved.status == .seeOther && saved.location?.hasSuffix("?bewaard=1") == true)
            let id = String(try #require(saved.location?.firstMatch(of: /\/verhalen\/([a-z0-9-]+)\?/)).1)
            #expect(
                try Self.git(["log", "-1", "--format=%an <%ae>|%s"], in: site.root)
                    == "Lilian <lilian@verhaal.invalid>|Nieuw verhaal: Koffie in de wijk")
            #expect(try Self.git(["show", "--name-only", "--format=", "HEAD"], in: site.root) == "Stories/anekdotes/\(id).md")
            let withdrawCSRF = try await lilian.csrf(from: "/verhalen/\(id)/terugtrekken")
            #expect(try await lilian.post("/verhalen/\(id)/terugtrekken", [("csrf", withdrawCSRF)]).status == .seeOther)
            #expect(
                try Self.git(["show", "--name-only", "--format=%an|%s", "HEAD"], in: site.root)
                    == "Lilian|Verhaal teruggetrokken: \(id)\n\nStories/anekdotes/\(id).md\nStories/ingetrokken/\(id).yaml")
        }
        #expect(try Self.git(["status", "--porcelain"], in: site.root) == "?? Stories/anekdotes/ruis.txt", "nothing else is committed")
        #expect(!(try Self.git(["ls-files"], in: site.root)).contains(".verhaal/"))
    }

    @Test func aFailingCommitLeavesTheStoryWrittenAndSaysSo() async throws {
        let site = try Self.repositorySite()
        defer { site.remove() }
        let hook = site.root.appendingPathComponent(".git/hooks/pre-commit")
        try "#!/bin/sh\necho 'geweigerd door de hook' >&2\nexit 1\n".write(to: hook, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
        let before = try Self.git(["rev-parse", "HEAD"], in: site.root)
        try await site.test { client in
            let lilian = try await Browser.signIn(client, token: site.lilianToken)
            let csrf = try await lilian.csrf(from: "/vertellen/anekdote")
            let saved = try await lilian.post("/vertellen/anekdote", RecordTests.fields(csrf: csrf, title: "Koffie in de wijk"))
            let location = try #require(saved.location)
            #expect(saved.status == .seeOther && location.hasSuffix("?bewaard=1&nietvastgelegd=1"))
            #expect(try await lilian.get(location).text.contains("git kon het niet vastleggen"))
            let paul = try await Browser.signIn(client, token: site.paulToken)
            #expect(try await paul.get("/").text.contains("niet vastgelegd in git"))
        }
        #expect(try Self.git(["rev-parse", "HEAD"], in: site.root) == before)
        let files = try FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent("Stories/anekdotes").path)
        #expect(files.contains { $0.hasPrefix("koffie-in-de-wijk-") }, "the story stays written")
    }

    @Test func aRoundOpenedAndAPatternMarkedAreCommitsByTheCoordinator() async throws {
        let site = try Self.repositorySite()
        defer { site.remove() }
        try await site.test { client in
            let paul = try await Browser.signIn(client, token: site.paulToken)
            let csrf = try await paul.csrf(from: "/rondes")
            let opened = try await paul.post(
                "/rondes", [("csrf", csrf), ("naam", "netwerktafel-2021"), ("panel", "Netwerktafel"), ("soort", "quote")])
            #expect(opened.status == .seeOther)
            #expect(try Self.git(["log", "-1", "--format=%an|%s"], in: site.root) == "Paul|Ronde geopend: netwerktafel-2021")
            #expect(try Self.git(["show", "--name-only", "--format=", "HEAD"], in: site.root) == "Stories/rondes/netwerktafel-2021.md")
            let markCSRF = try await paul.csrf(from: "/patronen/pendule~gevoel")
            #expect(try await paul.post("/patronen/pendule~gevoel/markering", [("csrf", markCSRF), ("mark", "maybe")]).status == .seeOther)
            #expect(try Self.git(["log", "-1", "--format=%s"], in: site.root) == "Patroon pendule~gevoel gemarkeerd: maybe")
            #expect(try Self.git(["show", "--name-only", "--format=", "HEAD"], in: site.root) == "Stories/duiding/markeringen.yaml")
        }
    }

    @Test func aStorysHistoryIsShownToItsTellerAndTheCoordinatorsOnly() async throws {
        let site = try Self.repositorySite()
        defer { site.remove() }
        try await site.test { client in
            let lilian = try await Browser.signIn(client, token: site.lilianToken)
            let csrf = try await lilian.csrf(from: "/vertellen/anekdote")
            let saved = try await lilian.post("/vertellen/anekdote", RecordTests.fields(csrf: csrf, title: "Koffie in de wijk"))
            let id = String(try #require(saved.location?.firstMatch(of: /\/verhalen\/([a-z0-9-]+)\?/)).1)
            let editCSRF = try await lilian.csrf(from: "/verhalen/\(id)/bewerken")
            #expect(
                try await lilian.post("/verhalen/\(id)/bewerken", RecordTests.fields(csrf: editCSRF, title: "Koffie en koek")).status
                    == .seeOther)
            let history = try await lilian.get("/verhalen/\(id)/geschiedenis")
            #expect(history.status == .ok)
            #expect(history.text.contains("Lilian · Verhaal bewerkt: Koffie en koek") && history.text.contains("velden: title"))
            #expect(history.text.contains("Lilian · Nieuw verhaal: Koffie in de wijk"))
            #expect(try await lilian.get("/verhalen/zes-indicatoren/geschiedenis").status == .notFound)
            let paul = try await Browser.signIn(client, token: site.paulToken)
            #expect(try await paul.get("/verhalen/zes-indicatoren/geschiedenis").text.contains("Test · De bibliotheek"))
        }
    }
}
