import ArgumentParser
import VerhaalKit

extension VerhaalCommand {
    struct Questions: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the story questions, their options, and how often each is answered.",
            discussion: HelpText.text(
                """
                Tellers answer these questions about their own stories ('answers:' in the
                front matter, --answer with add and edit, or the web form). The essay's
                questions apply unless verhaal.yaml gives the framework its own.

                Examples:
                  verhaal questions
                  verhaal questions --json
                """))

        @OptionGroup var libraryOptions: LibraryOptions

        @Flag(help: "Print the questions and counts as JSON.")
        var json = false

        func run() throws {
            let library = try libraryOptions.load()
            let counts = QuestionCounts(framework: library.framework, entries: library.entries)
            if json {
                try JSONOutput.print(counts)
                return
            }
            for row in counts.questions {
                var kind = row.type
                if let maximum = row.maximum { kind += ", at most \(maximum)" }
                if row.about == "teller" { kind += ", about the teller" }
                print("\(row.id) (\(kind)): \(row.prompt)")
                if let left = row.left, let right = row.right { print("  0 = \(left), 100 = \(right)") }
                for option in row.options {
                    print("  \(option.id.padding(toLength: 22, withPad: " ", startingAt: 0)) \(option.title)  [\(option.count)]")
                }
                print("  answered by \(Plural.count(row.answered, "entry", "entries")), not by \(row.unanswered)")
                print("")
            }
        }
    }
}
