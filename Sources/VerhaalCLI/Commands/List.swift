import ArgumentParser
import VerhaalKit

extension VerhaalCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List entries, filtered by lesson, perspective, tag, kind, teller, visit, date or text.",
            discussion: """
                Filters combine: an entry must pass all of them. Repeating --lesson,
                --perspective or --tag requires all values; repeating --kind, --teller or
                --visit accepts any of them. --text searches title and body ignoring case
                and accents ("een" finds "één"). Entries with errors are left out; run
                'verhaal check' to see them.

                Examples:
                  verhaal list --lesson 3
                  verhaal list --kind anecdote --perspective netwerk --since 2019-06-01
                  verhaal list --text brandweer --json
                """)

        @OptionGroup var libraryOptions: LibraryOptions
        @OptionGroup var filters: EntryFilterOptions

        @Flag(help: "Print every field of every entry as JSON.")
        var json = false

        func run() throws {
            let library = try libraryOptions.load()
            let entries = try filters.query(framework: library.framework).filter(library.entries)
            if json {
                try JSONOutput.print(entries.map(EntryJSON.init))
                return
            }
            if entries.isEmpty {
                print("No entries match.")
                return
            }
            var table = TextTable(header: ["ID", "KIND", "DATE", "TELLER", "LESSONS", "TITLE"])
            table.rows = entries.map { entry in
                [
                    entry.id, entry.kind.rawValue, entry.date.description, entry.teller,
                    entry.lessons.joined(separator: ","), entry.title,
                ]
            }
            print(table.render())
            print("\(entries.count) of \(Plural.count(library.entries.count, "entry", "entries"))")
        }
    }
}
