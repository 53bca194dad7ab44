import ArgumentParser
import Foundation
import VerhaalGit
import VerhaalKit

extension VerhaalCommand {
    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a new story library.",
            discussion: HelpText.text(
                """
                Creates Stories/ (with reisverslagen/, anekdotes/, citaten/ and verhalen/),
                Exports/ and verhaal.yaml. Existing files are never touched. When git is
                installed, a new library becomes a repository with a first commit and a
                .gitignore that keeps .verhaal/ (the index, the members and their sign-in
                sessions) out of every commit; --no-git leaves git alone.

                Examples:
                  verhaal init                 # in the current folder
                  verhaal init ons-netwerk --language en
                """))

        @Argument(help: "The folder to make the library in (default: the current folder).")
        var path: String?

        @Option(help: "Document language: nl (default) or en.")
        var language = "nl"

        @Flag(name: .customLong("no-git"), help: "Do not make a git repository.")
        var noGit = false

        func validate() throws {
            guard LibrarySettings.supportedLanguages.contains(language) else {
                throw ValidationError("--language must be one of: \(LibrarySettings.supportedLanguages.joined(separator: ", "))")
            }
        }

        func run() async throws {
            let root = URL(fileURLWithPath: path ?? FileManager.default.currentDirectoryPath)
            let isNew = !LibraryStore(root: root).looksLikeLibrary
            let store = try LibraryStore.create(at: root, language: language)
            let repository = LibraryRepository(store: store)
            // Only a new library becomes a repository: an existing one keeps how it is shared.
            if isNew, !noGit, await Git.isInstalled(), await !repository.isRepository() {
                try await repository.initialize(language: Language(code: language))
                print("A git repository, with a first commit; .verhaal/ is never committed")
            }
            print("Story library ready in \(store.root.path)")
            print("Next: verhaal add anecdote --title \"...\" --teller \"Your name\" --text \"...\"")
        }
    }
}
