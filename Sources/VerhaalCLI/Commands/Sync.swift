import ArgumentParser
import Foundation
import VerhaalGit
import VerhaalKit

extension VerhaalCommand {
    struct Sync: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Exchange stories with the other sites through the network's git repository.",
            discussion: HelpText.text(
                """
                Fetches the repository the network shares (the remote 'origin'), puts this
                site's commits after what arrived (a rebase) and pushes them. A story another
                site added under an id this site gave another story is renamed with a suffix,
                with every reference to it, and said. A file changed on both sides stops the
                sync with nothing changed here, naming the file and both authors.

                Examples:
                  verhaal sync
                  verhaal sync --remote netwerk --json
                """))

        @OptionGroup var libraryOptions: LibraryOptions

        @Option(help: "The remote to sync with.")
        var remote = "origin"

        @Flag(help: "Print what arrived and what left as JSON.")
        var json = false

        func run() async throws {
            let store = try libraryOptions.store()
            let repository = LibraryRepository(store: store)
            guard await repository.isRepository() else {
                throw VerhaalError(
                    "\(store.root.path) is not a git repository",
                    hint: "clone the network's repository, or run 'git init' and 'git remote add origin URL'")
            }
            let report = try await repository.sync(remote: remote, language: Language(code: store.loadSettings().0.language))
            if json { return try JSONOutput.print(report) }
            let from = report.authors.isEmpty ? "" : " from \(report.authors.joined(separator: ", "))"
            print(
                "Arrived: \(Plural.count(report.newStories.count, "new story", "new stories"))\(from) (\(Plural.count(report.arrived, "commit", "commits")))"
            )
            for rename in report.renamed {
                print("Renamed \(rename.from) → \(rename.to): another site gave a different story this id")
            }
            print("Sent: \(Plural.count(report.sent, "commit", "commits"))")
        }
    }

    struct History: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show every version of a story: who changed it, when, and what.",
            discussion: HelpText.text(
                """
                Reads the library's git history, following renames and a withdrawal.

                Examples:
                  verhaal history zes-indicatoren
                  verhaal history zes-indicatoren --json
                """))

        @OptionGroup var libraryOptions: LibraryOptions

        @Argument(help: "The story's id.")
        var id: String

        @Flag(help: "Print the versions as JSON.")
        var json = false

        func run() async throws {
            let repository = LibraryRepository(store: try libraryOptions.store())
            guard await repository.isRepository() else {
                throw VerhaalError("the library is not a git repository, so it has no history", hint: "see README.md, 'A network on git'")
            }
            let versions = try await repository.history(of: id)
            if json { return try JSONOutput.print(versions) }
            for version in versions {
                let changes =
                    (version.fields.isEmpty ? [] : ["fields: " + version.fields.joined(separator: ", ")])
                    + (version.linesAdded + version.linesRemoved == 0 ? [] : ["text: +\(version.linesAdded) −\(version.linesRemoved)"])
                print("\(version.date.prefix(10))  \(version.author)  \(version.message)")
                print("    \(version.path)\(changes.isEmpty ? "" : "  (" + changes.joined(separator: "; ") + ")")")
            }
        }
    }
}
