import ArgumentParser
import Foundation
import VerhaalKit

extension VerhaalCommand {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make a new story library.",
            discussion: """
                Creates Stories/ (with reisverslagen/, anekdotes/, citaten/ and verhalen/),
                Exports/ and verhaal.yaml. Existing files are never touched.

                Examples:
                  verhaal init                 # in the current folder
                  verhaal init ons-netwerk --language en
                """)

        @Argument(help: "The folder to make the library in (default: the current folder).")
        var path: String?

        @Option(help: "Document language: nl (default) or en.")
        var language = "nl"

        func validate() throws {
            guard LibrarySettings.supportedLanguages.contains(language) else {
                throw ValidationError("--language must be one of: \(LibrarySettings.supportedLanguages.joined(separator: ", "))")
            }
        }

        func run() throws {
            let root = URL(fileURLWithPath: path ?? FileManager.default.currentDirectoryPath)
            let store = try LibraryStore.create(at: root, language: language)
            print("Story library ready in \(store.root.path)")
            print("Next: verhaal add anecdote --title \"...\" --teller \"Your name\" --text \"...\"")
        }
    }
}
