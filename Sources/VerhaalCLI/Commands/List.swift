import ArgumentParser
import Foundation
import VerhaalExport
import VerhaalKit

extension VerhaalCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List entries, filtered by lesson, perspective, tag, kind, teller, visit, date or text.",
            discussion: HelpText.text(
                """
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
                  verhaal list --csv > verhalen.csv
                  verhaal list --csv --audience public > voor-onderzoekers.csv

                --csv writes every field and answer, one column each, lists joined by
                '; ', as UTF-8 CSV that Excel opens with its accents ('verhaal import'
                reads it back). With --audience, only the stories a document for that
                audience may hold, with its pseudonyms (see 'Privacy' in README.md).
                """))

        @OptionGroup var libraryOptions: LibraryOptions
        @OptionGroup var filters: EntryFilterOptions

        @Flag(help: "Print every field of every entry as JSON.")
        var json = false

        @Flag(help: "Only the stories that resonated in a session (Stories/sessies/).")
        var resonant = false

        @Flag(help: "Print the entries as CSV for a spreadsheet (UTF-8, one column per field and answer).")
        var csv = false

        @Option(help: "With --csv: only what a document for this audience may hold (network or public), with its pseudonyms.")
        var audience: Audience?

        func validate() throws {
            if csv && json { throw ValidationError("give --csv or --json, not both") }
            if audience != nil && !csv { throw ValidationError("--audience goes with --csv") }
        }

        func run() throws {
            if csv {
                try printCSV()
                return
            }
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
            table.whole = [0]
            table.shrinkOrder = [4, 3, 5]
            table.minimum = [3: 12, 4: 10, 5: 24]
            table.rows = entries.map { entry in
                [
                    entry.id, entry.kind.rawValue, entry.date.description, entry.teller,
                    entry.lessons.joined(separator: ","), entry.title,
                ]
            }
            print(table.render())
            print("\(entries.count) of \(Plural.count(total, "entry", "entries"))")
        }

        private func printCSV() throws {
            let library = try libraryOptions.load()
            var entries = try filters.query(framework: library.framework).filter(library.entries)
            if let audience {
                let ids = Set(entries.map(\.id))
                let stories = DocumentPrivacy(library: library, audience: audience, pseudonyms: nil).stories(of: library)
                entries = stories.entries.filter { ids.contains(stories.libraryIDs[$0.id] ?? $0.id) }
                if !stories.leftOut.isEmpty {
                    StandardError.print(
                        "note: \(Plural.count(stories.leftOut.count, "story", "stories")) left out: someone they name did not agree to \(audience.rawValue)"
                    )
                }
            }
            if resonant {
                let ids = Set(library.sessions.flatMap { $0.resonant.map(\.story) })
                entries = entries.filter { ids.contains($0.id) }
            }
            FileHandle.standardOutput.write(try EntryCSVWriter.data(Entry.inLibraryOrder(entries), framework: library.framework))
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
