import ArgumentParser
import Foundation
import VerhaalKit

extension VerhaalCommand {
    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change an entry: any field or its text, or the whole file in your editor.",
            discussion: HelpText.text(
                """
                Only the front-matter lines of the fields you change are rewritten: the text
                keeps every byte, and fields Verhaal does not know keep their values and order.
                The file is replaced in one step, never half written, and only when the entry
                passes every check 'verhaal check' makes.

                Without options, the whole file opens in $VISUAL or $EDITOR (as 'git commit'
                does). When what you saved has errors, they are shown and you choose to edit
                again or keep the old file; without a terminal to ask, the old file is kept.

                Examples:
                  verhaal edit zes-indicatoren
                  verhaal edit zes-indicatoren --add-tag effectmeting --remove-tag meten
                  verhaal edit zes-indicatoren --add-lesson 4 --add-perspective bestuurder
                  verhaal edit brandweerwagen --share public \\
                      --title "Het frame van de brandweerwagen"
                  verhaal edit met-elkaar --speaker "Marja Peters" \\
                      --consent "Marja Peters=public"
                  verhaal edit zes-indicatoren --text-file nieuw.md
                """))

        @OptionGroup var libraryOptions: LibraryOptions

        @Argument(help: "The entry's id.", completion: Completions.ids)
        var id: String

        @Option(name: .customLong("add-tag"), help: "Add a tag (repeatable).")
        var addTags: [String] = []
        @Option(name: .customLong("remove-tag"), help: "Remove a tag (repeatable).")
        var removeTags: [String] = []
        @Option(name: .customLong("add-lesson"), help: "Add a lesson by id or number (repeatable).")
        var addLessons: [String] = []
        @Option(name: .customLong("remove-lesson"), help: "Remove a lesson by id or number (repeatable).")
        var removeLessons: [String] = []
        @Option(name: .customLong("add-perspective"), help: "Add a perspective (repeatable).")
        var addPerspectives: [String] = []
        @Option(name: .customLong("remove-perspective"), help: "Remove a perspective (repeatable).")
        var removePerspectives: [String] = []
        @Option(name: .customLong("add-organization"), help: "Add an organisation (repeatable).")
        var addOrganizations: [String] = []
        @Option(name: .customLong("remove-organization"), help: "Remove an organisation (repeatable).")
        var removeOrganizations: [String] = []
        @Option(
            name: .customLong("answer"),
            help: ArgumentHelp("Set an answer: 'gevoel=gemengd', 'leiderschap=regie,ruimte' (repeatable).", valueName: "question=value"))
        var answers: [String] = []
        @Option(name: .customLong("clear-answer"), help: "Remove the answer to a question: not applicable (repeatable).")
        var clearAnswers: [String] = []
        @Option(help: "Set the share level: private, network or public.")
        var share: ShareLevel?
        @Option(help: "Set the title.")
        var title: String?
        @Option(help: "Set the date (YYYY-MM-DD).", transform: LocalDate.argument)
        var date: LocalDate?

        @Option(help: "Replace the text.")
        var text: String?
        @Option(name: .customLong("text-file"), help: ArgumentHelp("Replace the text with a file's.", valueName: "path"))
        var textFile: String?
        @Option(help: "Set the place (an empty value removes it).")
        var place: String?
        @Option(help: "Set the travel-log entry it was heard at (an empty value removes it).")
        var visit: String?
        @Option(help: "Set the teller.")
        var teller: String?
        @Option(help: "Set a quote's speaker (an empty value removes it).")
        var speaker: String?
        @Option(name: .customLong("add-person"), help: "Add a person the story names (repeatable).")
        var addPeople: [String] = []
        @Option(name: .customLong("remove-person"), help: "Remove a person (repeatable).")
        var removePeople: [String] = []
        @Option(
            name: .customLong("consent"),
            help: ArgumentHelp(
                "Record a person's consent: 'Marja Peters=public' or '…=network 2024-03-01' (public, network or none; repeatable).",
                valueName: "name=level"))
        var consent: [String] = []

        @Flag(help: "Print the edited entry as JSON.")
        var json = false

        func validate() throws {
            if let title, title.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("--title cannot be empty")
            }
            if text != nil && textFile != nil {
                throw ValidationError("give the text with --text or --text-file, not both")
            }
        }

        func run() async throws {
            var changes = EntryChanges()
            changes.addTags = addTags
            changes.removeTags = removeTags
            changes.addLessons = addLessons
            changes.removeLessons = removeLessons
            changes.addPerspectives = addPerspectives
            changes.removePerspectives = removePerspectives
            changes.addOrganizations = addOrganizations
            changes.removeOrganizations = removeOrganizations
            changes.share = share
            changes.title = title
            changes.date = date
            changes.clearAnswers = clearAnswers
            if !answers.isEmpty {
                let framework = try libraryOptions.store().loadSettings().0.framework
                changes.setAnswers = try AnswerArguments.answers(answers, framework: framework)
            }
            changes.place = place
            changes.visit = visit
            changes.teller = teller
            changes.speaker = speaker
            changes.addPeople = addPeople
            changes.removePeople = removePeople
            changes.setConsent = try Self.consent(consent)
            if let textFile {
                guard let data = FileManager.default.contents(atPath: textFile), let read = String(data: data, encoding: .utf8) else {
                    throw VerhaalError("cannot read \(textFile) as UTF-8 text", hint: "check the path, and save the file as UTF-8")
                }
                changes.text = read
            } else {
                changes.text = text
            }
            let store = try libraryOptions.store()
            let entry = try changes.isEmpty ? editWholeFile() : store.edit(id: id, changes)
            guard let entry else { return }
            await ChangeCommit.commitIfAsked(store, paths: [entry.path], message: .editedStory(title: entry.title))
            if json {
                try JSONOutput.print(EntryJSON(entry))
            } else {
                print("Edited \(entry.path)")
            }
        }

        /// `Name=level [date]` options as consent by name.
        static func consent(_ options: [String]) throws -> [String: Consent] {
            var result: [String: Consent] = [:]
            for option in options {
                guard let equals = option.lastIndex(of: "="),
                    let consent = Consent(written: String(option[option.index(after: equals)...]).trimmingCharacters(in: .whitespaces))
                else {
                    throw ValidationError(
                        "--consent '\(option)' is not 'Name=public', 'Name=network' or 'Name=none' (with an optional date)")
                }
                result[String(option[..<equals]).trimmingCharacters(in: .whitespaces)] = consent
            }
            return result
        }

        /// The whole file in the editor, until it is saved without errors or the old file kept;
        /// nil when nothing changed.
        private func editWholeFile() throws -> Entry? {
            let store = try libraryOptions.store()
            let original = try store.entryFileText(id: id)
            var draft = original
            while true {
                draft = try TextEditor.edit(Data(draft.utf8), name: id, purpose: "the entry was not changed")
                if draft == original {
                    print("No changes: \(id) stays as it was")
                    return nil
                }
                do {
                    return try store.replaceEntryFile(id: id, with: draft, original: original)
                } catch let error as VerhaalError where !error.diagnostics.isEmpty {
                    StandardError.print(error.diagnostics)
                    guard isatty(STDIN_FILENO) != 0 else {
                        throw VerhaalError(
                            "what you saved has errors, so \(id) stays as it was",
                            hint: "run 'verhaal edit \(id)' in a terminal to fix them")
                    }
                    Swift.print("Edit again (e) or keep the old file (k)? [e] ", terminator: "")
                    let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? "k"
                    guard answer.isEmpty || answer.hasPrefix("e") else {
                        throw VerhaalError("\(id) stays as it was", hint: nil)
                    }
                }
            }
        }
    }
}
