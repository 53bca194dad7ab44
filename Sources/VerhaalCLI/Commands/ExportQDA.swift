import ArgumentParser
import Foundation
import VerhaalExport
import VerhaalKit

extension VerhaalCommand {
    struct ExportQDA: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export-qda",
            abstract: "Hand stories to researchers as a REFI-QDA project (ATLAS.ti, MAXQDA, NVivo, QualCoder).",
            discussion: HelpText.text(
                """
                Writes a .qdpx: every story the audience may read as a text source, its
                lessons, perspectives, tags and kind as codes on its whole text, its answers,
                date, place and organisations as variables, and (where the audience sees
                names) its teller as a case. The audience's rules for consent and pseudonyms
                apply as in every export. GUIDs are derived from the stories, so the same
                library gives the same file, and 'verhaal import' finds the stories again
                when a QDA tool sends the project back. With --format qdc, only the codebook.
                With --validate, the file is checked against the REFI-QDA schemas
                (../shared/schemas/refi-qda/ or $VERHAAL_REFI_SCHEMAS) before it is
                written, as 'verhaal export --validate' checks the documents.

                Examples:
                  verhaal export-qda --out Exports/verhalen.qdpx --validate
                  verhaal export-qda --audience public --lesson 3 --out onderzoek.qdpx
                  verhaal export-qda --format qdc --out Exports/codeboek.qdc
                """))

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

        @Flag(help: "Check the file against the REFI-QDA schemas before writing it.")
        var validate = false

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
            // Without --validate, the project's XML is written while the texts are deflated.
            let xml = format == .qdc ? try QDAProjectWriter.codebookXML(project) : validate ? try QDAProjectWriter.projectXML(project) : nil
            if validate, let xml {
                let environment = ProcessInfo.processInfo.environment
                let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
                guard let schemas = SchemaLocations.refiQDA(environment: environment, searchingFrom: here) else {
                    throw VerhaalError(
                        "the REFI-QDA schemas were not found; nothing was written",
                        hint: "put them in ../shared/schemas/refi-qda/ or set \(SchemaLocations.refiQDAVariable), or leave out --validate")
                }
                let validation = try QDAValidation(schemas: schemas)
                let issues = format == .qdpx ? validation.problems(inProject: xml) : validation.problems(inCodebook: xml)
                guard issues.isEmpty else {
                    throw VerhaalError(
                        "the REFI-QDA file is not valid; nothing was written:\n"
                            + issues.prefix(5).map { "  line \($0.line): \($0.message)" }.joined(separator: "\n"),
                        hint: "this is a bug in Verhaal; please report it with the library")
                }
            }
            let data =
                try format == .qdpx ? QDAProjectWriter.package(project, projectXML: xml) : xml ?? QDAProjectWriter.codebookXML(project)
            try AtomicFile.write(data, to: URL(fileURLWithPath: out))
            let what =
                format == .qdpx
                ? Plural.count(project.sources.count, "story", "stories")
                : Plural.count(project.codes.map(\.children.count).reduce(0, +), "code", "codes")
            print("wrote \(out) (\(what), audience \(audience.rawValue)\(validate ? ", valid REFI-QDA" : ""))")
            if project.leftOut > 0 {
                StandardError.print(
                    "note: \(Plural.count(project.leftOut, "story", "stories")) left out: someone they name did not agree to \(audience.rawValue)"
                )
            }
        }
    }
}
