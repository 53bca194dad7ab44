import ArgumentParser
import Foundation
import VerhaalKit
import VerhaalWeb

extension VerhaalCommand {
    struct Privacy: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Answer a privacy request: every place a name stands, and (with --erase) take it out.",
            discussion: HelpText.text(
                """
                Lists every line where the name stands, in any form (full name, first name,
                surname, initials, possessive): stories as teller, speaker, person named,
                consent or in the text; session records, rounds, observations, compositions,
                withdrawal records, the name list and the exports in Exports/; and whether the
                person is a member of the web collector, with their open sessions. This answers
                "what do you hold about me?" (AVG art. 15).

                --erase answers "remove it" (AVG art. 17): it withdraws every story the person
                told, replaces their name everywhere else with their words in
                Stories/namen.yaml (or --pseudonym, or "een netwerklid"), removes them as a
                member, ends their sessions, and prints what it changed. Exports made before
                still hold the name: make them again or delete them.

                Examples:
                  verhaal privacy "Harrie Oosterlee"
                  verhaal privacy "Harrie Oosterlee" --json
                  verhaal privacy "Harrie Oosterlee" --erase --pseudonym "een bestuurder"
                """))

        @OptionGroup var libraryOptions: LibraryOptions

        @Argument(help: "The person's name, as it is written in the stories.")
        var name: String

        @Flag(help: "Print the places as JSON.")
        var json = false

        @Flag(help: "Withdraw the person's stories, replace their name elsewhere, remove them as a member.")
        var erase = false

        @Option(help: "The words used instead of the name when erasing (default: Stories/namen.yaml, or 'een netwerklid').")
        var pseudonym: String?

        @Flag(help: "Erase without asking (for scripts).")
        var yes = false

        struct Answer: Encodable {
            var name: String
            var places: [PersonFinding]
            var member: Bool
            var openSessions: Int
        }

        func validate() throws {
            if name.trimmingCharacters(in: .whitespaces).count < 3 {
                throw ValidationError("give the person's name (at least 3 letters), e.g. \"Harrie Oosterlee\"")
            }
            if (pseudonym != nil || yes) && !erase { throw ValidationError("--pseudonym and --yes go with --erase") }
        }

        func run() throws {
            let store = try libraryOptions.store()
            let members = MemberStore(root: store.root)
            let member = try members.member(named: name)
            let logins = LoginStore(members: members)
            let answer = Answer(
                name: name, places: store.findPerson(name), member: member != nil,
                openSessions: member == nil ? 0 : try logins.count(member: name))
            if erase { return try eraseAll(store: store, members: members, logins: logins, answer: answer) }
            if json { return try JSONOutput.print(answer) }
            print(Self.describe(answer))
        }

        static func describe(_ answer: Answer) -> String {
            var lines: [String] = []
            if answer.places.isEmpty {
                lines.append("'\(answer.name)' stands in no file of the library.")
            } else {
                // As grep prints them: a path and line an editor or terminal can open.
                lines += answer.places.map { "\($0.file):\($0.line): \($0.kind)" }
                let files = Set(answer.places.map(\.file)).count
                lines.append("\(Plural.count(answer.places.count, "place", "places")) in \(Plural.count(files, "file", "files")).")
            }
            lines.append(
                answer.member
                    ? "'\(answer.name)' is a member of the web collector, with \(Plural.count(answer.openSessions, "open session", "open sessions"))."
                    : "'\(answer.name)' is not a member of the web collector.")
            return lines.joined(separator: "\n")
        }

        private func eraseAll(store: LibraryStore, members: MemberStore, logins: LoginStore, answer: Answer) throws {
            print(Self.describe(answer))
            if !yes {
                guard isatty(STDIN_FILENO) != 0 else {
                    throw VerhaalError("--erase asks before it changes anything, and there is no terminal to ask", hint: "add --yes")
                }
                Swift.print("Type the name again to erase it: ", terminator: "")
                guard readLine()?.trimmingCharacters(in: .whitespaces) == name else {
                    throw VerhaalError("the names differ, so nothing was changed", hint: nil)
                }
            }
            let who = ProcessInfo.processInfo.environment["USER"] ?? "coordinator"
            let erasure = try store.erasePerson(name, pseudonym: pseudonym, by: who)
            for id in erasure.withdrawn { print("Withdrew \(id)") }
            for file in erasure.rewritten {
                print(
                    file.hasSuffix(PersonNames.fileName)
                        ? "Took the name out of \(file)" : "Replaced the name with '\(erasure.pseudonym)' in \(file)")
            }
            if answer.member {
                _ = try members.remove(name: name)
                let ended = try logins.endAll(member: name)
                print("Removed the member '\(name)' and ended \(Plural.count(ended, "session", "sessions"))")
            }
            for file in erasure.exportsStillHoldingTheName {
                print("Still holds the name: \(file) (export again, or delete it)")
            }
        }
    }
}
