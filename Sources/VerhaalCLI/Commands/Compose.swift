import ArgumentParser
import VerhaalExport
import VerhaalKit

extension VerhaalCommand {
    struct Compose: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the outline of a narrative, its gaps and what its audience may not see.",
            discussion: HelpText.text(
                """
                NAME is a composition in Stories/verhalen/NAME.yaml, or the built-in
                'wenkend-perspectief' (the default): an introduction with the travel route,
                the five lessons with their stories, the three perspectives with their
                reflection questions, a closing and the appendix Verantwoording.

                Examples:
                  verhaal compose
                  verhaal compose raad-van-commissarissen
                  verhaal compose --list
                  verhaal compose wenkend-perspectief --json
                """))

        @OptionGroup var libraryOptions: LibraryOptions

        @Argument(help: "The composition (default: wenkend-perspectief).", completion: Completions.compositions)
        var name = Composition.defaultName

        @Flag(help: "List the compositions of the library.")
        var list = false

        @Flag(help: "Print the outline and the gaps as JSON.")
        var json = false

        func run() throws {
            let store = try libraryOptions.store()
            if list {
                for name in store.compositionNames() { print(name) }
                return
            }
            let library = try libraryOptions.load()
            let composition = try library.composition(named: name)
            let report = try ExportPipeline.compose(library, name: name).report
            if json {
                try JSONOutput.print(report)
                return
            }
            print("\(composition.id) (audience: \(composition.audience.rawValue))")
            for item in report.outline {
                let indent = String(repeating: "  ", count: item.depth - 1)
                var counts: [String] = []
                if !item.entries.isEmpty { counts.append(Plural.count(item.entries.count, "entry", "entries")) }
                if !item.references.isEmpty { counts.append(Plural.count(item.references.count, "reference", "references")) }
                print(indent + item.title + (counts.isEmpty ? "" : "  [\(counts.joined(separator: ", "))]"))
                for id in item.entries { print(indent + "  - " + id) }
            }
            print("")
            print("\(Plural.count(report.entriesUsed.count, "entry", "entries")) used.")
            printGaps(report)
        }

        private func printGaps(_ report: ComposeReport) {
            var gaps: [String] = []
            gaps += report.emptyLessons.map { "lesson '\($0)' has no stories" }
            gaps += report.emptyPerspectives.map { "perspective '\($0)' has no stories" }
            gaps += report.emptySections.map { "section '\($0)' has no stories" }
            for gap in gaps { print("Gap: \(gap)") }
            if gaps.isEmpty { print("No gaps.") }
            for item in report.leftOut {
                let why = item.person.map {
                    "\($0) did not agree to be named for the \(report.audience.rawValue), and has no pseudonym in Stories/namen.yaml"
                }
                print("Left out: \(item.id) (\(why ?? Self.explanation(of: item.reason, audience: report.audience)))")
            }
            if !report.replacedNames.isEmpty {
                print("Names replaced: \(report.replacedNames.joined(separator: ", "))")
            }
            for warning in report.warnings { print("Warning: \(warning)") }
        }

        static func explanation(of reason: ComposeReport.LeftOutReason, audience: Audience) -> String {
            switch reason {
            case .excluded: "named in 'exclude'"
            case .notListed: "not in the composition's 'entries'"
            case .filter: "does not match the composition's 'filter'"
            case .private: "share: private, never exported"
            case .audience: "share: network, and the audience is \(audience.rawValue)"
            case .noSection: "no section's filter or entries takes it"
            case .noLessonOrPerspective: "linked to no lesson and no perspective; add one with 'verhaal edit'"
            case .noRoute: "a travel-log entry, and the composition has 'route: false'"
            case .consent: "someone it names did not agree to be named for the \(audience.rawValue)"
            }
        }
    }
}
