import ArgumentParser
import Foundation
import VerhaalKit

extension VerhaalCommand {
    struct Names: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Review the names in stories before a public export.",
            subcommands: [Check.self])

        struct Check: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "List words that look like people's names and are not in Stories/namen.yaml.",
                discussion: HelpText.text(
                    """
                    Reads the stories a composition's audience may see (the public's, when no
                    composition is given) and lists capitalised names that Stories/namen.yaml
                    does not cover and that are not organisations, places or tags of the
                    stories. Add the people among them to Stories/namen.yaml with the words to
                    use instead ('Marja Peters: een bewoonster'), so a public document never
                    shows their name. Exits 1 when there are candidates, for scripts.

                    Examples:
                      verhaal names check
                      verhaal names check raad-van-commissarissen
                    """))

            @OptionGroup var libraryOptions: LibraryOptions

            @Argument(help: "A composition: its audience decides which stories are read.")
            var composition: String?

            @Flag(help: "Print the candidates as JSON.")
            var json = false

            func run() throws {
                let library = try libraryOptions.load()
                let audience = try composition.map { try library.composition(named: $0).audience } ?? .public
                let entries = library.entries.filter { audience.allows($0.share) }
                let candidates = NameCandidates.find(in: entries, library: library)
                if json {
                    try JSONOutput.print(candidates)
                } else if candidates.isEmpty {
                    print("No names to review in the \(entries.count) stories the \(audience.rawValue) may see.")
                } else {
                    let table = TextTable(
                        header: ["Name", "Times", "In"],
                        rows: candidates.map { [$0.name, String($0.count), $0.stories.prefix(2).joined(separator: ", ")] })
                    print(table.render())
                    print("Add the people among them to Stories/namen.yaml ('Name: words used instead').")
                }
                if !candidates.isEmpty { throw ExitCode(1) }
            }
        }
    }
}
