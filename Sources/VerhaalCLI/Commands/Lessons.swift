import ArgumentParser
import VerhaalKit

extension VerhaalCommand {
    struct Lessons: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the framework: lessons and perspectives with their entry counts and gaps.",
            discussion: HelpText.text(
                """
                For each lesson and perspective, the number of travel-log entries, anecdotes
                and quotes linked to it; then the lesson × perspective table, with the
                combinations that have no story called out. Only entries without errors count.

                Examples:
                  verhaal lessons
                  verhaal lessons --json
                """))

        @OptionGroup var libraryOptions: LibraryOptions

        @Flag(help: "Print the counts as JSON.")
        var json = false

        @Flag(help: "Also print each lesson's summary and spelvorm and each perspective's questions.")
        var verbose = false

        func run() throws {
            let library = try libraryOptions.load(bodies: false)
            let coverage = FrameworkCoverage(framework: library.framework, entries: library.entries)
            if json {
                try JSONOutput.print(coverage)
                return
            }
            let kinds = EntryKind.allCases.map(\.rawValue)
            var lessons = TextTable(header: ["#", "LESSON", "TITLE"] + kinds.map { $0.uppercased() } + ["TOTAL"])
            lessons.whole = [1]
            lessons.shrinkOrder = [2]
            lessons.rows = coverage.lessons.map { row in
                ["\(row.number)", row.id, row.title] + kinds.map { "\(row.counts[$0] ?? 0)" } + ["\(row.total)"]
            }
            print(lessons.render())
            if verbose { printLessonDetails(library.framework, strings: .forLanguage(library.settings.language)) }
            print("")
            var perspectives = TextTable(header: ["#", "PERSPECTIVE", "TITLE"] + kinds.map { $0.uppercased() } + ["TOTAL"])
            perspectives.whole = [1]
            perspectives.shrinkOrder = [2]
            perspectives.rows = coverage.perspectives.map { row in
                ["\(row.number)", row.id, row.title] + kinds.map { "\(row.counts[$0] ?? 0)" } + ["\(row.total)"]
            }
            print(perspectives.render())
            if verbose { printPerspectiveDetails(library.framework) }
            print("")
            let perspectiveIDs = library.framework.perspectives.map(\.id)
            var matrix = TextTable(header: ["LESSON \\ PERSPECTIVE"] + perspectiveIDs)
            matrix.whole = [0]
            matrix.rows = library.framework.lessons.map { lesson in
                [lesson.id]
                    + perspectiveIDs.map { perspective in
                        let count = coverage.cells.first { $0.lesson == lesson.id && $0.perspective == perspective }?.count ?? 0
                        return count == 0 ? "-" : "\(count)"
                    }
            }
            print(matrix.render())
            print("")
            printGaps(coverage)
        }

        private func printGaps(_ coverage: FrameworkCoverage) {
            if coverage.emptyRows.isEmpty && coverage.emptyCells.isEmpty {
                print("No gaps: every lesson, perspective and combination has stories.")
                return
            }
            for row in coverage.emptyRows {
                print("Gap: '\(row.id)' (\(row.title)) has no entries.")
            }
            if !coverage.emptyCells.isEmpty {
                let cells = coverage.emptyCells.map { "\($0.lesson) × \($0.perspective)" }
                print("Empty combinations: " + cells.joined(separator: ", "))
            }
        }

        private func printLessonDetails(_ framework: Framework, strings: DocumentStrings) {
            for lesson in framework.lessons {
                print("\n\(lesson.label)\n   \(lesson.summary)\n   \(strings.spelvorm): \(lesson.spelvorm)")
            }
        }

        private func printPerspectiveDetails(_ framework: Framework) {
            for perspective in framework.perspectives {
                print("\n\(perspective.title)\n   \(perspective.summary)")
                for question in perspective.questions { print("   - \(question)") }
            }
        }
    }
}
