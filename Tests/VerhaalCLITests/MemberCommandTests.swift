import Foundation
import Testing

@Suite("verhaal member")
struct MemberCommandTests {
    @Test func addPrintsALinkWhoseTokenIsStoredOnlyAsAHashOutsideStories() throws {
        let library = try TemporaryLibrary()
        let result = try library.run(["member", "add", "Paul", "--coordinator", "--url", "https://verhaal.example.nl/"])
        #expect(result.status == 0)
        let match = try #require(result.output.firstMatch(of: /https:\/\/verhaal\.example\.nl\/aanmelden\?token=([A-Za-z0-9_-]{43})/))
        let token = String(match.1)
        let membersFile = library.root.appendingPathComponent(".verhaal/members.json")
        let stored = try String(contentsOf: membersFile, encoding: .utf8)
        #expect(!stored.contains(token))
        #expect(stored.contains("\"token_sha256\""))
        #expect(stored.contains("\"coordinator\" : true"))
        let ignore = try String(contentsOf: library.root.appendingPathComponent(".verhaal/.gitignore"), encoding: .utf8)
        #expect(ignore.split(separator: "\n").contains("*"))
        let attributes = try FileManager.default.attributesOfItem(atPath: membersFile.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let stories = FileManager.default.enumerator(atPath: library.root.appendingPathComponent("Stories").path)
        #expect((stories?.allObjects as? [String] ?? []).allSatisfy { !$0.contains("members") })
    }

    @Test func listShowsMembersWithoutTheirHashesAndRemoveTakesThemOut() throws {
        let library = try TemporaryLibrary()
        #expect(try library.run(["member", "add", "Paul", "--coordinator"]).status == 0)
        #expect(try library.run(["member", "add", "Lilian"]).status == 0)
        let list = try library.run(["member", "list"])
        #expect(list.output.contains("Paul    coordinator"))
        #expect(list.output.contains("Lilian  member"))
        let json = try library.run(["member", "list", "--json"])
        let members = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]]
        #expect(members?.map { $0["name"] as? String } == ["Paul", "Lilian"])
        #expect(!json.output.contains("sha256"))
        let removed = try library.run(["member", "remove", "lilian"])
        #expect(removed.status == 0)
        #expect(removed.output.contains("Removed Lilian"))
        #expect(!(try library.run(["member", "list"]).output.contains("Lilian")))
    }

    @Test func mistakesGetAClearMessageAndExitCode1() throws {
        let library = try TemporaryLibrary()
        #expect(try library.run(["member", "add", "Paul"]).status == 0)
        let twice = try library.run(["member", "add", "paul"])
        #expect(twice.status == 1)
        #expect(twice.errors.contains("'paul' is already a member"))
        #expect(twice.errors.contains("hint: to give them a new link"))
        let unknown = try library.run(["member", "remove", "Nobody"])
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("'Nobody' is not a member"))
        let empty = try library.run(["member", "add", "  "])
        #expect(empty.status == 1)
        #expect(empty.errors.contains("the name is empty"))
    }

    /// Issue 10, point 7: `member signout --all` empties the server's sessions; no restart needed.
    @Test func signoutEndsSessionsOfOneMemberOrOfEverybody() throws {
        let library = try TemporaryLibrary()
        #expect(try library.run(["member", "add", "Paul", "--coordinator"]).status == 0)
        #expect(try library.run(["member", "add", "Lilian"]).status == 0)
        let now = Int(Date().timeIntervalSince1970) + 3600
        let sessions = """
            [{"expires":\(now),"id_sha256":"aa","link":"x","member":"Paul"},{"expires":\(now),"id_sha256":"bb","link":"y","member":"Lilian"},{"expires":\(now),"id_sha256":"cc","link":"y","member":"Lilian"}]
            """
        try library.write(sessions, to: ".verhaal/sessions.json")
        let one = try library.run(["member", "signout", "lilian"])
        #expect(one.status == 0)
        #expect(one.output.contains("Signed out Lilian: 2 sessions ended."))
        let all = try library.run(["member", "signout", "--all"])
        #expect(all.output.contains("Signed everybody out: 1 session ended."))
        #expect(try library.text(".verhaal/sessions.json").trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        #expect(try library.run(["member", "signout"]).status == 64)
        #expect(try library.run(["member", "signout", "Paul", "--all"]).status == 64)
        #expect(try library.run(["member", "signout", "Niemand"]).status == 1)
    }

    @Test func linkGivesANewLinkAndEndsTheOldOneAndItsSessions() throws {
        let library = try TemporaryLibrary()
        let added = try library.run(["member", "add", "Lilian"])
        let old = try #require(added.output.firstMatch(of: /token=([A-Za-z0-9_-]{43})/)).1
        let now = Int(Date().timeIntervalSince1970) + 3600
        try library.write(
            "[{\"expires\":\(now),\"id_sha256\":\"bb\",\"link\":\"y\",\"member\":\"Lilian\"}]", to: ".verhaal/sessions.json")
        let renewed = try library.run(["member", "link", "lilian", "--url", "https://verhaal.example.nl"])
        #expect(renewed.status == 0, "\(renewed.errors)")
        #expect(renewed.output.contains("New sign-in link for Lilian; the old one no longer works (1 session ended)"))
        let new = try #require(renewed.output.firstMatch(of: /https:\/\/verhaal\.example\.nl\/aanmelden\?token=([A-Za-z0-9_-]{43})/)).1
        #expect(new != old)
        let stored = try library.text(".verhaal/members.json")
        #expect(!stored.contains(String(new)) && !stored.contains(String(old)))
        #expect(try library.text(".verhaal/sessions.json").trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        let unknown = try library.run(["member", "link", "Lilain"])
        #expect(unknown.status == 1 && unknown.errors.contains("did you mean 'Lilian'?"))
        let again = try library.run(["member", "add", "Lilian"])
        #expect(again.errors.contains("verhaal member link \"Lilian\""), "the hint names the new command")
    }
}
