import ArgumentParser
import Foundation
import VerhaalKit

extension VerhaalCommand {
    struct Session: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record sensemaking sessions in Stories/sessies/.",
            discussion: HelpText.text(
                """
                A session record is plain text: front matter with title, date, facilitator,
                participants (names or a number), spelvorm (1-5, optional), resonant (the stories
                that resonated: story, type pivot|voice|discovery|other, why) and outcomes (type
                discovery|learning|idea|concern|dilemma|opportunity|recommendation|other, text),
                and the record itself as the body. 'verhaal check' checks every record;
                'verhaal list --resonant' lists the stories that resonated.

                Examples:
                  verhaal session new "Netwerktafel december" --facilitator "Corry Keulen" \\
                      --spelvorm 3
                  verhaal session list
                """),
            subcommands: [New.self, List.self])
    }
}

extension VerhaalCommand.Session {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write a new session record to fill in, and print its path.")

        @OptionGroup var libraryOptions: LibraryOptions

        @Argument(help: "The session's title.")
        var title: String

        @Option(help: "The day of the session (default: today).", transform: LocalDate.argument)
        var date: LocalDate?

        @Option(help: "Who led the session (they should not have taken part in the stories).")
        var facilitator: String

        @Option(help: "The spelvorm played, 1 to 5.")
        var spelvorm: Int?

        func run() throws {
            if let spelvorm, !(1...5).contains(spelvorm) {
                throw VerhaalError("there is no spelvorm \(spelvorm)", hint: "the essay has spelvormen 1 to 5")
            }
            let store = try libraryOptions.store()
            print(try store.createSession(title: title, date: date ?? .today(), facilitator: facilitator, spelvorm: spelvorm))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the session records: date, title, resonant stories, outcomes.")

        @OptionGroup var libraryOptions: LibraryOptions

        func run() throws {
            let library = try libraryOptions.load()
            guard !library.sessions.isEmpty else {
                print("No sessions yet. Start one with 'verhaal session new TITLE --facilitator NAME'.")
                return
            }
            var table = TextTable(header: ["DATE", "TITLE", "FACILITATOR", "RESONANT", "OUTCOMES"])
            table.rows = library.sessions.map {
                [$0.date.description, $0.title, $0.facilitator, String($0.resonant.count), String($0.outcomes.count)]
            }
            print(table.render())
        }
    }
}
