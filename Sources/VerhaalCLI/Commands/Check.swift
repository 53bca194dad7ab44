import ArgumentParser
import Foundation
import VerhaalGit
import VerhaalKit
import VerhaalSense

extension VerhaalCommand {
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every entry and report all problems at once.",
            discussion: HelpText.text(
                """
                Prints each problem as 'path:line:column: error|warning: summary' with a hint
                on how to fix it, then a summary. Exits 1 when there is any error (warnings
                alone exit 0, or 1 with --strict).

                Examples:
                  verhaal check
                  verhaal check --json | jq '.diagnostics[] | select(.severity == "error")'
                """))

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

        func run() async throws {
            var diagnosis = try diagnose()
            diagnosis.diagnostics += try observationDrift()
            diagnosis.diagnostics += await GitChecks.diagnostics(for: try libraryOptions.store())
            let errors = diagnosis.diagnostics.filter { $0.severity == .error }.count
            let warnings = diagnosis.diagnostics.count - errors
            if json {
                try JSONOutput.print(
                    Report(
                        files: diagnosis.fileCount, entries: diagnosis.entryCount, errors: errors,
                        warnings: warnings, diagnostics: diagnosis.diagnostics))
            } else {
                for diagnostic in diagnosis.diagnostics { print(Colour.diagnosticLine(diagnostic.formatted)) }
                print(
                    "\(diagnosis.fileCount) files checked: \(errors) error\(errors == 1 ? "" : "s"), "
                        + "\(warnings) warning\(warnings == 1 ? "" : "s")")
            }
            if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
        }

        /// Observations written against other numbers than the patterns show now: only read
        /// the library's answers when an observation says what it was written against.
        private func observationDrift() throws -> [Diagnostic] {
            let store = try libraryOptions.store()
            let folder = store.root.appendingPathComponent("\(LibraryStore.storiesFolder)/\(LibraryStore.sensemakingFolder)")
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            // A few small files: reading them is cheap, reading the library's answers is not.
            let anyBasis = files.filter { $0.hasSuffix(".md") }.contains { name in
                let text = (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
                return text.split(separator: "\n").contains { $0.hasPrefix("n:") }
            }
            guard anyBasis else { return [] }
            return ObservationDrift.diagnostics(library: try libraryOptions.load(bodies: false))
        }

        /// From the index's stored diagnostics when there is one, else from reading every file.
        private func diagnose() throws -> LibraryDiagnosis {
            if let index = try libraryOptions.index(), let diagnosis = try? index.diagnosis() { return diagnosis }
            return LibraryDiagnosis(try libraryOptions.loadAll(bodies: false))
        }
    }
}
