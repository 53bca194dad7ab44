import ArgumentParser
import VerhaalKit

extension VerhaalCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List entries, filtered by lesson, perspective, tag, kind, teller, visit, date or text.",
            discussion: """
                Filters combine: an entry must pass all of them. Repeating --lesson,
                --perspective or --tag requires all values; repeating --kind, --teller or
                --visit accepts any of them. --text finds entries in which every word begins
                a word of the title, text, tags, organisations or place, ignoring case and
                accents ("een kader" finds "Één kader"), best match first. Entries with
                errors are left out; run 'verhaal check' to see them.

                Examples:
                  verhaal list --lesson 3
                  verhaal list --kind anecdote --perspective netwerk --since 2019-06-01
                  verhaal list --text brandweer --json
                """)

        @OptionGroup var libraryOptions: LibraryOptions
        @OptionGroup var filters: EntryFilterOptions

        @Flag(help: "Print every field of every entry as JSON.")
        var json = false

        @Flag(help: "Only the stories that resonated in a session (Stories/sessies/).")
        var resonant = false

        func run() throws {
            let (entries, total) = try matchingEntries()
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
            print("\(entries.count) of \(Plural.count(total, "entry", "entries"))")
        }

        /// The entries that pass the filters, and how many entries have no errors. A text search
        /// goes to the index's full-text table (best match first) and reads only what it finds.
        private func matchingEntries() throws -> (entries: [Entry], total: Int) {
            if let text = filters.text, !resonant, let index = try libraryOptions.index() {
                let (settings, problems) = index.store.loadSettings()
                try libraryOptions.requireUsableSettings(problems)
                var query = try filters.query(framework: settings.framework)
                query.text = nil
                if let found = try? index.search(text) {
                    return (query.filter(found.entries), found.total)
                }
            }
            let library = try libraryOptions.load(bodies: json || filters.text != nil)
            var entries = try filters.query(framework: library.framework).filter(library.entries)
            if resonant {
                let ids = Set(library.sessions.flatMap { $0.resonant.map(\.story) })
                entries = entries.filter { ids.contains($0.id) }
            }
            return (entries, library.entries.count)
        }
    }
}
