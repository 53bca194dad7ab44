import Foundation
import Testing
import VerhaalTestSupport

/// A network of collectors on git: `init` makes a repository that never holds the members'
/// secrets, changes are commits of only their own paths, `sync` renames a story two sites gave
/// one id and stops cleanly on a real conflict, and `history` follows a story.
@Suite struct GitNetworkTests {
    /// Commits and syncs carry this identity (git's own configuration may have none).
    static let identity = [
        "GIT_AUTHOR_NAME": "Site", "GIT_AUTHOR_EMAIL": "site@example.org", "GIT_COMMITTER_NAME": "Site",
        "GIT_COMMITTER_EMAIL": "site@example.org",
    ]

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("verhaal-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func run(_ arguments: [String], in folder: URL, as name: String = "Site") throws -> VerhaalProcess.Result {
        try VerhaalProcess.run(
            arguments, in: folder,
            environment: [
                "GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": "\(name.lowercased())@example.org", "GIT_COMMITTER_NAME": name,
                "GIT_COMMITTER_EMAIL": "\(name.lowercased())@example.org",
            ])
    }

    @Test func initMakesARepositoryThatNeverCommitsTheMembersSecrets() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let library = root.appendingPathComponent("net")
        #expect(try run(["init", library.path], in: root).status == 0)
        #expect(try String(contentsOf: library.appendingPathComponent(".gitignore"), encoding: .utf8).contains("/.verhaal/\n"))
        #expect(try TestGit.output(["rev-list", "--count", "HEAD"], in: library) == "1")
        #expect(try TestGit.output(["ls-files"], in: library).contains("Stories/anekdotes/.gitkeep"))
        #expect(try run(["member", "add", "Paul"], in: library).status == 0)
        #expect(try TestGit.output(["status", "--porcelain"], in: library).isEmpty, "the members' file is ignored")
        #expect(try run(["check"], in: library).status == 0)

        try TestGit.run(["add", "--force", ".verhaal/members.json"], in: library)
        try TestGit.run(["commit", "-q", "-m", "oeps"], in: library)
        let check = try run(["check"], in: library)
        #expect(check.status == 1 && check.output.contains("[V133]"), "\(check.output)")

        let plain = root.appendingPathComponent("zonder-git")
        #expect(try run(["init", plain.path, "--no-git"], in: root).status == 0)
        #expect(!FileManager.default.fileExists(atPath: plain.appendingPathComponent(".git").path))
    }

    @Test func theCommandLineCommitsOnlyTheChangesPathsWhenAsked() throws {
        let root = try Self.folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let library = root.appendingPathComponent("net")
        #expect(try run(["init", library.path], in: root).status == 0)
        #expect(
            try run(["add", "anecdote", "--title", "Niet gevraagd", "--teller", "P", "--lesson", "1", "--text", "x"], in: library).status
                == 0)
        #expect(try TestGit.output(["rev-list", "--count", "HEAD"], in: library) == "1", "no commit unless verhaal.yaml asks")
        try (try String(contentsOf: library.appendingPathComponent("verhaal.yaml"), encoding: .utf8) + "git: {commit: true}\n")
            .write(to: library.appendingPathComponent("verhaal.yaml"), atomically: true, encoding: .utf8)
        let added = try run(
            ["add", "anecdote", "--title", "Koffie", "--teller", "Anna", "--lesson", "1", "--text", "Koffie."], in: library, as: "Anna")
        #expect(added.status == 0, "\(added.errors)")
        #expect(try TestGit.output(["log", "-1", "--format=%an|%s"], in: library) == "Anna|Nieuw verhaal: Koffie")
        #expect(try TestGit.output(["show", "--name-only", "--format=", "HEAD"], in: library) == "Stories/anekdotes/koffie.md")
        #expect(try TestGit.output(["status", "--porcelain"], in: library).contains("niet-gevraagd.md"), "other files stay as they were")
        #expect(try run(["edit", "koffie", "--title", "Koffie en koek"], in: library).status == 0)
        #expect(try TestGit.output(["log", "-1", "--format=%s"], in: library) == "Verhaal bewerkt: Koffie en koek")
        #expect(try run(["withdraw", "koffie", "--by", "Anna"], in: library).status == 0)
        #expect(
            try TestGit.output(["show", "--name-only", "--format=", "HEAD"], in: library)
                == "Stories/anekdotes/koffie.md\nStories/ingetrokken/koffie.yaml")
        let history = try run(["history", "koffie", "--json"], in: library)
        let versions = try #require(try JSONSerialization.jsonObject(with: Data(history.output.utf8)) as? [[String: Any]])
        #expect(
            versions.map { $0["message"] as? String } == [
                "Verhaal teruggetrokken: koffie", "Verhaal bewerkt: Koffie en koek", "Nieuw verhaal: Koffie",
            ])
        #expect((versions[1]["fields"] as? [String]) == ["title"])
    }

    /// A hub and two sites, A and B, each a clone with its own commits.
    static func network() throws -> (root: URL, a: URL, b: URL) {
        let root = try folder()
        try TestGit.run(["init", "-q", "--bare", "hub.git"], in: root)
        let a = root.appendingPathComponent("a")
        #expect(try VerhaalProcess.run(["init", a.path], in: root, environment: identity).status == 0)
        try TestGit.run(["remote", "add", "origin", "../hub.git"], in: a)
        #expect(try VerhaalProcess.run(["sync"], in: a, environment: identity).status == 0)
        try TestGit.run(["clone", "-q", "hub.git", "b"], in: root)
        return (root, a, root.appendingPathComponent("b"))
    }

    @Test func aStoryTwoSitesGaveOneIDIsRenamedWithItsReferences() throws {
        let (root, a, b) = try Self.network()
        defer { try? FileManager.default.removeItem(at: root) }
        for (site, name) in [(a, "Anna"), (b, "Bert")] {
            #expect(
                try run(
                    ["add", "anecdote", "--title", "Koffie", "--teller", name, "--lesson", "1", "--text", "Koffie bij \(name)."], in: site
                ).status == 0)
        }
        try "title: T\nentries: [koffie]\n".write(
            to: a.appendingPathComponent("Stories/verhalen/t.yaml"), atomically: true, encoding: .utf8)
        try TestGit.run(["add", "--all"], in: a, identity: "Anna")
        try TestGit.run(["commit", "-q", "-m", "Anna"], in: a, identity: "Anna")
        try TestGit.run(["add", "--all"], in: b, identity: "Bert")
        try TestGit.run(["commit", "-q", "-m", "Bert"], in: b, identity: "Bert")
        #expect(try run(["sync"], in: a).status == 0)
        let synced = try run(["sync"], in: b)
        #expect(synced.status == 0, "\(synced.errors)")
        #expect(synced.output.contains("Renamed koffie → koffie-2"))
        #expect(try run(["sync"], in: a).status == 0)
        for site in [a, b] {
            #expect(
                try String(contentsOf: site.appendingPathComponent("Stories/anekdotes/koffie-2.md"), encoding: .utf8).contains(
                    "Koffie bij Anna."))
            #expect(
                try String(contentsOf: site.appendingPathComponent("Stories/anekdotes/koffie.md"), encoding: .utf8).contains(
                    "Koffie bij Bert."))
            #expect(
                try String(contentsOf: site.appendingPathComponent("Stories/verhalen/t.yaml"), encoding: .utf8)
                    == "title: T\nentries: [koffie-2]\n")
            #expect(try run(["check"], in: site).status == 0)
        }
        #expect(try TestGit.output(["rev-parse", "HEAD"], in: a) == TestGit.output(["rev-parse", "HEAD"], in: b))
        let history = try run(["history", "koffie-2"], in: a)
        #expect(history.output.contains("Verhaal hernoemd: koffie → koffie-2") && history.output.contains("Stories/anekdotes/koffie-2.md"))
    }

    @Test func aStoryChangedOnBothSidesStopsTheSyncWithNothingChanged() throws {
        let (root, a, b) = try Self.network()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try run(["add", "anecdote", "--title", "Koffie", "--teller", "Anna", "--lesson", "1", "--text", "x"], in: a).status == 0)
        try TestGit.run(["add", "--all"], in: a)
        try TestGit.run(["commit", "-q", "-m", "Koffie"], in: a)
        #expect(try run(["sync"], in: a).status == 0)
        #expect(try run(["sync"], in: b).status == 0)
        for (site, name) in [(a, "Anna"), (b, "Bert")] {
            #expect(try run(["edit", "koffie", "--title", "Koffie bij \(name)"], in: site).status == 0)
            try TestGit.run(["commit", "-q", "-am", "titel"], in: site, identity: name)
        }
        #expect(try run(["sync"], in: a).status == 0)
        let before = try TestGit.output(["rev-parse", "HEAD"], in: b)
        let stopped = try run(["sync"], in: b)
        #expect(stopped.status == 1)
        #expect(stopped.errors.contains("Stories/anekdotes/koffie.md (here by Bert, there by Anna)"), "\(stopped.errors)")
        #expect(try TestGit.output(["rev-parse", "HEAD"], in: b) == before)
        #expect(try TestGit.output(["status", "--porcelain"], in: b).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: b.appendingPathComponent(".git/rebase-merge").path))
        #expect(
            try String(contentsOf: b.appendingPathComponent("Stories/anekdotes/koffie.md"), encoding: .utf8).contains(
                "title: Koffie bij Bert"))
    }

    @Test func aServerWithSyncEveryReceivesWhatAnotherSiteSent() throws {
        let (root, a, b) = try Self.network()
        defer { try? FileManager.default.removeItem(at: root) }
        let server = Process()
        server.executableURL = VerhaalProcess.executable
        server.arguments = ["serve", "--port", String(Int.random(in: 20000...40000)), "--sync-every", "1s"]
        server.currentDirectoryURL = b
        server.environment = ProcessInfo.processInfo.environment.merging(Self.identity) { $1 }
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        #expect(try run(["add", "anecdote", "--title", "Van A", "--teller", "Anna", "--lesson", "1", "--text", "x"], in: a).status == 0)
        try TestGit.run(["add", "--all"], in: a, identity: "Anna")
        try TestGit.run(["commit", "-q", "-m", "Van A"], in: a, identity: "Anna")
        #expect(try run(["sync"], in: a).status == 0)
        let arrived = b.appendingPathComponent("Stories/anekdotes/van-a.md")
        let deadline = Date().addingTimeInterval(20)
        while !FileManager.default.fileExists(atPath: arrived.path) && Date() < deadline { Thread.sleep(forTimeInterval: 0.2) }
        #expect(FileManager.default.fileExists(atPath: arrived.path), "the server on B synced in the background")
    }
}
