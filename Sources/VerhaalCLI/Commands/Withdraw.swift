import ArgumentParser
import Foundation
import VerhaalKit

extension VerhaalCommand {
    struct Withdraw: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Withdraw a story: its file is removed, and only its id, the day and who withdrew it are kept.",
            discussion: HelpText.text(
                """
                A teller may take back a story at any time. The file is removed and a record
                Stories/ingetrokken/ID.yaml keeps the id, the day, who withdrew it and the reason:
                never the title or the text. The id is never given out again. A composition,
                round or session that names the story gets a warning in 'verhaal check'; a round
                shows "een ingetrokken verhaal" in its place, with the reasons.

                The story stays in the library's git history until that is rewritten: see
                README.md, "Privacy", for the commands.

                Examples:
                  verhaal withdraw zes-indicatoren --reason "Op verzoek van de verteller"
                  verhaal withdraw zes-indicatoren --by "Paul Sebregts" --reason "Verouderd"
                """))

        @OptionGroup var libraryOptions: LibraryOptions

        @Argument(help: "The story's id.", completion: Completions.ids)
        var id: String

        @Option(help: "Why it is withdrawn (kept in the record; leave names out).")
        var reason: String?

        @Option(help: "Who withdraws it (default: your user name).")
        var by: String?

        func run() async throws {
            let who = by ?? ProcessInfo.processInfo.environment["USER"] ?? "coordinator"
            let store = try libraryOptions.store()
            let withdrawal = try store.withdraw(id: id, by: who, reason: reason)
            let tombstone = withdrawal.tombstone
            await ChangeCommit.commitIfAsked(
                store, paths: withdrawal.paths, message: .withdrawnStory(id: id))
            print("Withdrew \(tombstone.id)")
            print("Kept: \(withdrawal.recordPath) (its id, \(tombstone.date), \(who); no title or text)")
        }
    }
}
