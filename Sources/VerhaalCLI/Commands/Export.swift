import ArgumentParser
import Foundation
import VerhaalExport
import VerhaalKit

extension VerhaalCommand {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export a narrative to a document in Exports/.",
            discussion: """
                Writes Exports/NAME.xml (DocBook 5.0). The library must check without errors.
                The same library gives the same bytes; files are written to a temporary file
                and renamed, so an export is never half written. With --validate the
                document is checked against the official schema first; an invalid document is
                reported with line numbers and the previous export stays as it was.

                The DocBook schema comes from Debian's docbook5-xml package
                (\(SchemaLocations.debianDocBook.path)), from --docbook-schema, or from
                $\(SchemaLocations.docBookVariable).

                Examples:
                  verhaal export wenkend-perspectief --format docbook --validate
                  verhaal export raad-van-commissarissen --format all
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case docbook
            case all

            var formats: [ExportFormat] {
                switch self {
                case .docbook: [.docbook]
                case .all: ExportFormat.available
                }
            }
        }

        @OptionGroup var libraryOptions: LibraryOptions

        @Argument(help: "The composition (default: wenkend-perspectief).")
        var name = Composition.defaultName

        @Option(help: "docbook or all.")
        var format: Format = .docbook

        @Flag(help: "Validate against the official schema before writing.")
        var validate = false

        @Option(help: ArgumentHelp("The DocBook 5 RELAX NG schema to validate with.", valueName: "path"))
        var docbookSchema: String?

        func run() throws {
            let store = try libraryOptions.store()
            let library = try libraryOptions.load()
            let errors = library.diagnostics.filter { $0.severity == .error }
            guard errors.isEmpty else {
                throw VerhaalError("the library has \(errors.count) error\(errors.count == 1 ? "" : "s"); nothing was exported",
                                   hint: "fix them (see 'verhaal check') and export again", diagnostics: errors)
            }
            let composition = try store.composition(named: name, framework: library.framework)
            let result = try Composer(library: library).compose(composition)
            let folder = store.root.appendingPathComponent(LibraryStore.exportsFolder)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for format in format.formats {
                let data = try Exporter.render(result.narrative, as: format)
                if validate { try check(data, format: format) }
                let url = folder.appendingPathComponent("\(composition.id).\(format.fileExtension)")
                try AtomicFile.write(data, to: url)
                print(store.relativePath(of: url) + (validate ? " (valid)" : ""))
            }
        }

        private func check(_ data: Data, format: ExportFormat) throws {
            let schemaURL = SchemaLocations.docBook(
                explicit: docbookSchema, environment: ProcessInfo.processInfo.environment)
            let schema: RelaxNGSchema
            do {
                schema = try RelaxNGSchema(contentsOf: schemaURL)
            } catch {
                throw VerhaalError("cannot validate: \(error)",
                                   hint: "install Debian's docbook5-xml, or pass --docbook-schema PATH or set \(SchemaLocations.docBookVariable)")
            }
            let issues = schema.validate(data)
            guard issues.isEmpty else {
                let list = issues.prefix(20).map { "  \($0)" }.joined(separator: "\n")
                throw VerhaalError("the \(format.rawValue) export is not valid against \(schemaURL.path); nothing was written\n\(list)",
                                   hint: "this is a bug in Verhaal: please report it with the composition")
            }
        }
    }
}
