import ArgumentParser
import Foundation
import VerhaalKit
import VerhaalWeb

extension VerhaalCommand {
    struct Member: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add, list and remove the members who may use the web collector.",
            discussion: HelpText.text(
                """
                Members are kept in .verhaal/members.json beside Stories/: only a hash of each
                sign-in token is stored, and .verhaal/.gitignore keeps the folder out of git.

                Examples:
                  verhaal member add "Paul" --coordinator
                  verhaal member add "Lilian" --url https://verhaal.example.nl
                  verhaal member list --json
                  verhaal member link "Lilian"
                  verhaal member remove "Lilian"
                  verhaal member signout --all
                """),
            subcommands: [Add.self, List.self, Link.self, Remove.self, Signout.self])
    }
}

extension VerhaalCommand.Member {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a member and print their personal sign-in link.",
            discussion: HelpText.text(
                """
                The link holds a random token that is shown only now: send it to the member
                personally. The name is the teller of every story they record. To give a
                member a new link, run 'verhaal member link NAME'; the old link and every
                session made with it stop working.
                """))

        @OptionGroup var libraryOptions: LibraryOptions

        @Argument(help: "The member's name, as their stories should name the teller.")
        var name: String

        @Flag(help: "The member may also compose and download the exports.")
        var coordinator = false

        @Option(help: "The address the server is reached at, for the link.")
        var url = "http://127.0.0.1:8080"

        @Option(help: "The email address the member's commits carry (default: name@verhaal.invalid).")
        var email: String?

        @Flag(help: "Print the member and the link as JSON.")
        var json = false

        func run() throws {
            let store = try libraryOptions.store()
            let (member, token) = try MemberStore(root: store.root).add(name: name, coordinator: coordinator, email: email)
            let base = url.hasSuffix("/") ? String(url.dropLast()) : url
            let link = "\(base)/aanmelden?token=\(token)"
            if json {
                try JSONOutput.print(MemberLinkJSON(name: member.name, coordinator: member.isCoordinator, link: link))
            } else {
                print("Added \(member.name)\(member.isCoordinator ? " (coordinator)" : ""). Their personal sign-in link:")
                print(link)
                StandardError.print("The link is shown only now; send it to \(member.name) personally.")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the members.")

        @OptionGroup var libraryOptions: LibraryOptions

        @Flag(help: "Print the members as JSON (without token hashes).")
        var json = false

        func run() throws {
            let store = try libraryOptions.store()
            let members = try MemberStore(root: store.root).members()
            if json {
                try JSONOutput.print(members.map { MemberJSON(name: $0.name, coordinator: $0.isCoordinator, added: $0.added) })
                return
            }
            if members.isEmpty {
                print("No members yet; add one with: verhaal member add NAME --coordinator")
                return
            }
            let rows = members.map { [$0.name, $0.isCoordinator ? "coordinator" : "member", $0.added] }
            print(TextTable(header: ["name", "role", "added"], rows: rows).render())
        }
    }

    struct Link: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Give a member a new sign-in link; the old one and their sessions stop working.",
            discussion: HelpText.text(
                """
                For a member who lost their link, or whose link went to someone else. Their
                name, role and stories stay as they are.

                Examples:
                  verhaal member link "Lilian"
                  verhaal member link "Lilian" --url https://verhaal.example.nl
                """))

        @OptionGroup var libraryOptions: LibraryOptions

        @Argument(help: "The member's name.", completion: Completions.members)
        var name: String

        @Option(help: "The address the server is reached at, for the link.")
        var url = "http://127.0.0.1:8080"

        @Flag(help: "Print the member and the link as JSON.")
        var json = false

        func run() throws {
            let store = try libraryOptions.store()
            let members = MemberStore(root: store.root)
            let (member, token) = try members.newLink(for: name)
            let ended = try LoginStore(members: members).endAll(member: member.name)
            let base = url.hasSuffix("/") ? String(url.dropLast()) : url
            let link = "\(base)/aanmelden?token=\(token)"
            if json {
                try JSONOutput.print(MemberLinkJSON(name: member.name, coordinator: member.isCoordinator, link: link))
            } else {
                print(
                    "New sign-in link for \(member.name); the old one no longer works (\(Plural.count(ended, "session", "sessions")) ended):"
                )
                print(link)
                StandardError.print("The link is shown only now; send it to \(member.name) personally.")
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a member: their link and sessions stop working at once.",
            discussion: "Their stories stay in the library.")

        @OptionGroup var libraryOptions: LibraryOptions

        @Argument(help: "The member's name.", completion: Completions.members)
        var name: String

        func run() throws {
            let store = try libraryOptions.store()
            let members = MemberStore(root: store.root)
            let member = try members.remove(name: name)
            try LoginStore(members: members).endAll(member: member.name)
            print("Removed \(member.name). Their stories stay in the library.")
        }
    }

    struct Signout: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "End web sessions: one member's, or everybody's with --all.",
            discussion: HelpText.text(
                """
                Takes effect on the server's next request; a running server need not be
                restarted. Members sign in again with their own link, which keeps working.

                Examples:
                  verhaal member signout "Lilian"
                  verhaal member signout --all
                """))

        @OptionGroup var libraryOptions: LibraryOptions

        @Argument(help: "The member whose sessions end.", completion: Completions.members)
        var name: String?

        @Flag(help: "End every member's sessions.")
        var all = false

        func validate() throws {
            if all == (name != nil) {
                throw ValidationError("give a member's name or --all, not both and not neither")
            }
        }

        func run() throws {
            let store = try libraryOptions.store()
            let members = MemberStore(root: store.root)
            if let name {
                guard let member = try members.member(named: name) else {
                    throw VerhaalError("'\(name)' is not a member", hint: "see 'verhaal member list'")
                }
                let ended = try LoginStore(members: members).endAll(member: member.name)
                print("Signed out \(member.name): \(Plural.count(ended, "session", "sessions")) ended.")
            } else {
                let ended = try LoginStore(members: members).endAll()
                print("Signed everybody out: \(Plural.count(ended, "session", "sessions")) ended.")
            }
        }
    }
}

private struct MemberJSON: Encodable {
    var name: String
    var coordinator: Bool
    var added: String
}

private struct MemberLinkJSON: Encodable {
    var name: String
    var coordinator: Bool
    var link: String
}
