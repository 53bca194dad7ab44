import ArgumentParser
import Foundation
import VerhaalExport
import VerhaalKit

extension VerhaalCommand {
    struct ExportQDA: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export-qda",
            abstract: "Hand stories to researchers as a REFI-QDA project (ATLAS.ti, MAXQDA, NVivo, QualCoder).",
            discussion: """
                Writes a .qdpx: every story the audience may read as a text source, its
                lessons, perspectives, tags and kind as codes on its whole text, its answers,
                date, place and organisations as variables, and (where the audience sees
                names) its teller as a case. The audience's rules for consent and pseudonyms
                apply as in every export. GUIDs are derived from the stories, so the same
                library gives the same file, and 'verhaal import' finds the stories again
                when a QDA tool sends the project back. With --format qdc, only the codebook.
                The file is checked against the REFI-QDA schemas when they are found
                (../shared/schemas/refi-qda/ or $VERHAAL_REFI_SCHEMAS).

                Examples:
                  verhaal export-qda --out Exports/verhalen.qdpx
                  verhaal export-qda --audience public --lesson 3 --out onderzoek.qdpx
                  verhaal export-qda --format qdc --out Exports/codeboek.qdc
                """)

        @OptionGroup var libraryOptions: LibraryOptions
        @OptionGroup var filters: EntryFilterOptions

        @Option(help: "network (default: network and public stories) or public (public stories, with pseudonyms).")
        var audience: Audience = .network

        @Option(help: "qdpx (default: the project with its stories) or qdc (the codebook alone).")
        var format: QDAFormat = .qdpx

        @Option(help: ArgumentHelp("The file to write.", valueName: "path"))
        var out: String

        @Option(help: "The project's name in the QDA tool.")
        var name = "Verhaal"

        enum QDAFormat: String, ExpressibleByArgument, CaseIterable {
            case qdpx, qdc
        }

        func run() throws {
            let library = try libraryOptions.load()
            if library.diagnostics.containsErrors {
                throw VerhaalError(
                    "the library has errors; nothing was exported", hint: "run 'verhaal check' and fix them first",
                    diagnostics: library.diagnostics.filter { $0.severity == .error })
            }
            let selected = try filters.query(framework: library.framework).filter(library.entries)
            let project = QDAProject(library: library, audience: audience, entries: selected, name: name)
            let data = format == .qdpx ? try QDAProjectWriter.package(project) : try QDAProjectWriter.codebookXML(project)
            let environment = ProcessInfo.processInfo.environment
            if let schemas = SchemaLocations.refiQDA(
                environment: environment, searchingFrom: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            {
                let validation = try QDAValidation(schemas: schemas)
                let issues = format == .qdpx ? validation.problems(inPackage: data) : validation.problems(inCodebook: data)
                guard issues.isEmpty else {
                    throw VerhaalError(
                        "the REFI-QDA file is not valid; nothing was written:\n"
                            + issues.prefix(5).map { "  line \($0.line): \($0.message)" }.joined(separator: "\n"),
                        hint: "this is a bug in Verhaal; please report it with the library")
                }
            } else {
                StandardError.print(
                    "note: the REFI-QDA schemas were not found, so the file was not validated; set \(SchemaLocations.refiQDAVariable)")
            }
            try AtomicFile.write(data, to: URL(fileURLWithPath: out))
            let what =
                format == .qdpx
                ? Plural.count(project.sources.count, "story", "stories")
                : Plural.count(project.codes.map(\.children.count).reduce(0, +), "code", "codes")
            print("wrote \(out) (\(what), audience \(audience.rawValue))")
            if project.leftOut > 0 {
                StandardError.print(
                    "note: \(Plural.count(project.leftOut, "story", "stories")) left out: someone they name did not agree to \(audience.rawValue)"
                )
            }
        }
    }
}
