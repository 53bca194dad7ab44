import ArgumentParser
import Foundation
import VerhaalKit

extension VerhaalCommand {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a new travel-log entry, anecdote or quote.",
            discussion: HelpText.text(
                """
                The text comes from --text, from --file, or from standard input. The new
                entry's id is made from the title (a travel-log entry gets its date in
                front); an existing file is never overwritten. The entry is checked like
                'verhaal check' does before it is written. Prints the id and the path.

                Lessons are given by id or number (--lesson 3 is 'delen'). The teller
                defaults to the VERHAAL_TELLER environment variable.

                Examples:
                  verhaal add travel-log --title "Breda: Zorg voor Elkaar" --date 2019-06-12 \\
                      --teller Paul --place Breda --organization "Zorg voor Elkaar Breda" \\
                      --lesson 1
                  verhaal add anecdote --title "Zes indicatoren" --teller Paul \\
                      --visit 2019-06-12-breda-zorg-voor-elkaar --lesson resultaat \\
                      --tag effectmeting --file verhaal.md
                  echo "We spreken elkaars taal." | verhaal add quote --title "Elkaars taal" \\
                      --teller Lilian --speaker "Christoffel Klap" \\
                      --role directeur-bestuurder --lesson 5
                """))

        @OptionGroup var libraryOptions: LibraryOptions

        @Argument(help: ArgumentHelp("travel-log, anecdote or quote.", valueName: "kind"))
        var kind: EntryKind

        @Option(help: "The title (required).")
        var title: String

        @Option(help: "The date, YYYY-MM-DD (default: today).", transform: LocalDate.argument)
        var date: LocalDate?

        @Option(help: "Who recorded it (default: $VERHAAL_TELLER).")
        var teller: String?

        @Option(help: "The id of the travel-log entry it was heard at.")
        var visit: String?

        @Option(help: "Where it happened.")
        var place: String?

        @Option(name: .customLong("organization"), help: "An organisation involved (repeatable).")
        var organizations: [String] = []

        @Option(name: .customLong("lesson"), help: "A lesson id or number (repeatable).")
        var lessons: [String] = []

        @Option(name: .customLong("perspective"), help: "A perspective id: jezelf, bestuurder, netwerk (repeatable).")
        var perspectives: [String] = []

        @Option(name: .customLong("tag"), help: "A tag (repeatable).")
        var tags: [String] = []

        @Option(help: "private (never exported), network (default) or public.")
        var share: ShareLevel = .network

        @Option(help: "For a quote: who said it.")
        var speaker: String?

        @Option(help: "For a quote: the speaker's role.")
        var role: String?

        @Option(help: "For a quote: where it was said or written.")
        var source: String?

        @Option(help: "The text, in Markdown.")
        var text: String?

        @Option(help: ArgumentHelp("Read the text from this file.", valueName: "path"))
        var file: String?

        @Option(
            name: .customLong("answer"),
            help: ArgumentHelp(
                "An answer to a story question: 'pendule=72', 'leiderschap=regie,ruimte', 'gevoel=hoopvol' (repeatable; see 'verhaal questions').",
                valueName: "question=value"))
        var answers: [String] = []

        @Option(help: "Use this id instead of one made from the title.")
        var id: String?

        @Flag(help: "Print the new entry as JSON.")
        var json = false

        func validate() throws {
            if text != nil && file != nil {
                throw ValidationError("give the text with --text or --file, not both")
            }
            if title.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("--title cannot be empty")
            }
            if let id, let problem = EntryID.problem(with: id) {
                throw ValidationError("invalid --id '\(id)': \(problem)")
            }
            if kind == .quote && speaker == nil {
                throw ValidationError("a quote needs --speaker (who said it)")
            }
        }

        func run() async throws {
            let store = try libraryOptions.store()
            let library = try libraryOptions.load()
            guard let teller = teller ?? ProcessInfo.processInfo.environment["VERHAAL_TELLER"],
                !teller.isEmpty
            else {
                throw VerhaalError("who is the teller?", hint: "pass --teller NAME or set VERHAAL_TELLER")
            }
            var draft = EntryDraft(kind: kind, title: title, date: date ?? .today(), teller: teller)
            draft.visit = visit
            draft.place = place
            draft.organizations = organizations
            // A number or an id; anything else is passed on for the library's check to report.
            draft.lessons = lessons.map { library.framework.lesson(matching: $0)?.id ?? $0 }
            draft.perspectives = perspectives.map { library.framework.perspective(matching: $0)?.id ?? $0 }
            draft.tags = tags
            draft.share = share
            draft.speaker = speaker
            draft.role = role
            draft.source = source
            draft.answers = try AnswerArguments.answers(answers, framework: library.framework)
            draft.body = try readBody()
            let entry: Entry
            switch store.submit(draft, id: id) {
            case .success(let submitted):
                entry = submitted.entry
                // What `check` will warn about (no lessons, no text) is said now, not later.
                for warning in submitted.warnings { StandardError.print(OptionDiagnostics.describe(warning)) }
            case .failure(.problems(let problems)): throw OptionDiagnostics.error(problems)
            case .failure(.notWritten(let error)): throw error
            }
            await ChangeCommit.commitIfAsked(store, paths: [entry.path], message: .newStory(title: entry.title))
            if json {
                try JSONOutput.print(EntryJSON(entry))
            } else {
                print(entry.id)
                print(entry.path)
            }
        }

        private func readBody() throws -> String {
            if let text { return text }
            if let file {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw VerhaalError("cannot read \(file)", hint: "check the path and its permissions")
                }
                guard let body = String(data: data, encoding: .utf8) else {
                    throw VerhaalError("\(file) is not UTF-8 text", hint: "save it as UTF-8")
                }
                return body
            }
            if isatty(STDIN_FILENO) != 0 { return try TextEditor.edit(title: title) }
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard let body = String(data: data, encoding: .utf8) else {
                throw VerhaalError("standard input is not UTF-8 text", hint: "send UTF-8 text")
            }
            return body
        }
    }
}
