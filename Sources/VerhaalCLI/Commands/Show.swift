import ArgumentParser
import Foundation
import VerhaalKit

extension VerhaalCommand {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one entry with all its fields and its text.",
            discussion: HelpText.text(
                """
                Examples:
                  verhaal show zes-indicatoren
                  verhaal show zes-indicatoren --json
                """))

        @OptionGroup var libraryOptions: LibraryOptions

        @Argument(help: "The entry's id (its file name without .md).", completion: Completions.ids)
        var id: String

        @Flag(help: "Print every field as JSON.")
        var json = false

        /// The entry, or the errors of files with its name: from the index when there is one.
        private func lookUp() throws -> (Entry?, [Diagnostic], LibrarySettings) {
            if let index = try libraryOptions.index() {
                let (settings, problems) = index.store.loadSettings()
                try libraryOptions.requireUsableSettings(problems)
                if let found = try? index.entry(id: id) { return (found.entry, found.errors, settings) }
            }
            let library = try libraryOptions.load()
            let errors = library.diagnostics.filter { $0.file.hasSuffix("/\(id).md") && $0.severity == .error }
            return (library.entry(id: id), library.entry(id: id) == nil ? errors : [], library.settings)
        }

        func run() throws {
            let (found, problems, settings) = try lookUp()
            guard let entry = found else {
                if !problems.isEmpty {
                    throw VerhaalError("entry '\(id)' has errors", hint: "fix them first", diagnostics: problems)
                }
                // The command line reads the whole library, so every id may be suggested.
                let ids = try libraryOptions.store().entryFilePaths().map {
                    ($0 as NSString).lastPathComponent.replacingOccurrences(of: ".md", with: "")
                }
                let suggestion = KeySuggestion.didYouMean(id, among: ids)
                throw VerhaalError("no entry '\(id)'", hint: suggestion + "see 'verhaal list' for the ids")
            }
            if json {
                try JSONOutput.print(EntryJSON(entry))
                return
            }
            print(entry.title)
            print(String(repeating: "=", count: entry.title.count))
            var fields: [(String, String?)] = [
                ("id", entry.id), ("kind", entry.kind.rawValue), ("date", entry.date.description),
                ("teller", entry.teller), ("speaker", entry.speaker), ("role", entry.role),
                ("source", entry.source), ("visit", entry.visit), ("place", entry.place),
            ]
            fields += [
                ("organizations", entry.organizations.joined(separator: ", ")),
                (
                    "lessons",
                    entry.lessons.map { id in
                        settings.framework.lesson(matching: id)?.label ?? id
                    }.joined(separator: "; ")
                ),
                (
                    "perspectives",
                    entry.perspectives.map { id in
                        settings.framework.perspective(matching: id)?.title ?? id
                    }.joined(separator: ", ")
                ),
                ("tags", entry.tags.joined(separator: ", ")),
                ("share", "\(entry.share.rawValue) (\(entry.share.promise))"),
                ("file", entry.path),
            ]
            for (name, value) in fields {
                guard let value, !value.isEmpty else { continue }
                print("\(name):".padding(toLength: 15, withPad: " ", startingAt: 0) + value)
            }
            let language = Language(code: settings.language)
            let answered = settings.framework.questions.filter { entry.answers[$0.id] != nil }
            if !answered.isEmpty {
                print("answers:")
                for question in answered {
                    guard let answer = entry.answers[question.id] else { continue }
                    print("  \(question.prompt)")
                    print("    \(question.label(of: answer, in: language))")
                }
            }
            printRounds(entry, framework: settings.framework)
            if let annotations = try? libraryOptions.store().annotations(of: entry.id), !annotations.isEmpty {
                print("annotations:")
                for annotation in annotations { print("  \(annotation.code): “\(annotation.passage)”") }
            }
            let body = entry.body.trimmingCharacters(in: .whitespacesAndNewlines)
            if !body.isEmpty {
                print("")
                print(body)
            }
        }

        /// Feedback to the teller: the rounds the story was a candidate in, and why it was chosen.
        private func printRounds(_ entry: Entry, framework: Framework) {
            guard let store = try? libraryOptions.store() else { return }
            let mentions = RoundMention.mentions(of: entry.id, in: store.rounds(framework: framework))
            guard !mentions.isEmpty else { return }
            print("rounds:")
            for mention in mentions {
                let round = mention.round
                let place = "\(round.panel) (\(round.id), \(round.date))"
                guard mention.isChosen else {
                    print("  \(place): a candidate" + (round.isClosed ? ", not chosen" : ", the round is open"))
                    continue
                }
                for choice in mention.choices {
                    let domain = framework.domain(choice.domain)?.title ?? choice.domain
                    print("  \(place): chosen for '\(domain)'")
                    print("    why: \(choice.reason)")
                    if let dissent = choice.dissent { print("    dissent: \(dissent)") }
                }
            }
        }
    }
}
