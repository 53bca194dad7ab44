import ArgumentParser
import VerhaalKit

extension VerhaalCommand {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change an entry's tags, lessons, perspectives, organisations, share, title or date.",
            discussion: """
                Only the front-matter lines of the fields you change are rewritten: the text
                keeps every byte, and fields Verhaal does not know keep their values and order.
                The file is replaced in one step, never half written.

                Examples:
                  verhaal edit zes-indicatoren --add-tag effectmeting --remove-tag meten
                  verhaal edit zes-indicatoren --add-lesson 4 --add-perspective bestuurder
                  verhaal edit brandweerwagen --share public --title "Het frame van de brandweerwagen"
                """)

        @OptionGroup var libraryOptions: LibraryOptions

        @Argument(help: "The entry's id.")
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

        @Flag(help: "Print the edited entry as JSON.")
        var json = false

        func validate() throws {
            if let title, title.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("--title cannot be empty")
            }
        }

        func run() throws {
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
            guard !changes.isEmpty else {
                throw ValidationError("nothing to change: give at least one option, e.g. --add-tag TAG")
            }
            let entry = try libraryOptions.store().edit(id: id, changes)
            if json {
                try JSONOutput.print(EntryJSON(entry))
            } else {
                print("Edited \(entry.path)")
            }
        }
    }
}
