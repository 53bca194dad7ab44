import ArgumentParser
import VerhaalKit

extension VerhaalCommand {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every entry and report all problems at once.",
            discussion: """
                Prints each problem as 'path:line:column: error|warning: summary' with a hint
                on how to fix it, then a summary. Exits 1 when there is any error (warnings
                alone exit 0, or 1 with --strict).

                Examples:
                  verhaal check
                  verhaal check --json | jq '.diagnostics[] | select(.severity == "error")'
                """)

        @OptionGroup var libraryOptions: LibraryOptions

        @Flag(help: "Print the diagnostics as JSON.")
        var json = false

        @Flag(help: "Treat warnings as errors.")
        var strict = false

        struct Report: Encodable {
            var files: Int
            var entries: Int
            var errors: Int
            var warnings: Int
            var diagnostics: [Diagnostic]
        }

        func run() throws {
            let library = try libraryOptions.loadAll(bodies: false)
            let errors = library.diagnostics.filter { $0.severity == .error }.count
            let warnings = library.diagnostics.count - errors
            if json {
                try JSONOutput.print(
                    Report(
                        files: library.fileCount, entries: library.entries.count, errors: errors,
                        warnings: warnings, diagnostics: library.diagnostics))
            } else {
                for diagnostic in library.diagnostics { print(diagnostic.formatted) }
                print(
                    "\(library.fileCount) files checked: \(errors) error\(errors == 1 ? "" : "s"), "
                        + "\(warnings) warning\(warnings == 1 ? "" : "s")")
            }
            if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
        }
    }
}
