import ArgumentParser
import Foundation
import VerhaalExport
import VerhaalKit

extension VerhaalCommand {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Bring in stories from a CSV, a travel report (.odt, .docx, .md) or codes from a QDA tool (.qdpx).",
            discussion: HelpText.text(
                """
                A CSV becomes one story per row. Columns named like the fields that
                'verhaal list --csv' writes need no mapping; map others with --map
                FIELD=COLUMN or a mapping file of such lines. Every row is checked as
                'verhaal add' checks it, and all problems are shown by row and column
                before anything is written. An import is all or nothing, and a second run
                of the same file adds nothing: rows are recognised by their content.

                A report becomes a travel-log entry (its first heading and date) with an
                anecdote for each second-level heading and a quote for each paragraph in
                quotation marks followed by a '— Name' line. Lessons are left for the
                teller to add.

                A .qdpx that a QDA tool wrote back from 'verhaal export-qda' gives its
                codes back: a code on a whole story becomes a tag (after --prefix), a code
                on a passage an annotation with the passage in Stories/annotaties/. A
                story that is no longer in the library is reported, never made again.

                Always look with --dry-run first.

                Examples:
                  verhaal import verhalen.csv --dry-run
                  verhaal import narrafirma.csv --teller Paul --kind anecdote \\
                      --map title=Name --map text=Text --map answers.gevoel=Feeling
                  verhaal import reisverslag-breda.odt --teller Paul --dry-run
                  verhaal import onderzoek.qdpx --prefix qda/ --dry-run
                """))

        @OptionGroup var libraryOptions: LibraryOptions

        @Argument(help: ArgumentHelp("A .csv, .odt, .docx, .md or .qdpx file.", valueName: "file"))
        var file: String

        @Option(
            name: .customLong("map"),
            help: ArgumentHelp("For a CSV: the column that fills a field (repeatable).", valueName: "field=Column"))
        var mappings: [String] = []

        @Option(name: .customLong("mapping"), help: ArgumentHelp("For a CSV: a file with one field=Column line each.", valueName: "path"))
        var mappingFile: String?

        @Option(help: "The teller of rows or a report without one (default: $VERHAAL_TELLER).")
        var teller: String?

        @Option(help: "For a CSV: the kind of rows without one. For a report: travel-log (default) or anecdote.")
        var kind: EntryKind?

        @Option(help: "For a .qdpx: the prefix of the tags made from codes.")
        var prefix = "qda/"

        @Flag(help: "Show what would be written, and write nothing.")
        var dryRun = false

        func run() async throws {
            let store = try libraryOptions.store()
            let library = try libraryOptions.load()
            let url = URL(fileURLWithPath: file)
            guard let data = FileManager.default.contents(atPath: file) else {
                throw VerhaalError("cannot read \(file)", hint: "check the path and its permissions")
            }
            let name = url.lastPathComponent
            let teller = teller ?? ProcessInfo.processInfo.environment["VERHAAL_TELLER"].flatMap { $0.isEmpty ? nil : $0 }
            switch url.pathExtension.lowercased() {
            case "csv":
                var mapping = try CSVMapping.parse(mappings, framework: library.framework)
                if let mappingFile { try readMappingFile(mappingFile, into: &mapping, framework: library.framework) }
                let reader = CSVImportReader(framework: library.framework, mapping: mapping, teller: teller, kind: kind)
                let (items, problems, columns) = try reader.read(data, file: name)
                try await carryOut(items, rowProblems: problems, file: name, store: store, columns: columns)
            case "odt", "docx", "md", "markdown":
                guard let teller else {
                    throw VerhaalError("who wrote the report?", hint: "pass --teller NAME or set VERHAAL_TELLER")
                }
                let report = try ReportReader.read(data, fileName: name)
                let items = report.items(teller: teller, kind: kind ?? .travelLog, language: Language(code: library.settings.language))
                try await carryOut(items, rowProblems: [], file: name, store: store, columns: nil)
            case "qdpx":
                try await importCodes(data, file: name, store: store, library: library)
            default:
                throw VerhaalError(
                    "\(name): Verhaal imports .csv, .odt, .docx, .md and .qdpx files",
                    hint: "save the file in one of these formats and try again")
            }
        }

        private func importCodes(_ data: Data, file: String, store: LibraryStore, library: Library) async throws {
            let schemas = SchemaLocations.refiQDA(
                environment: ProcessInfo.processInfo.environment,
                searchingFrom: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            let codes = try QDACodeReader.read(
                data, fileName: file, library: library, prefix: prefix, validation: try schemas.map { try QDAValidation(schemas: $0) })
            for name in codes.unknownSources {
                StandardError.print(
                    "warning: '\(name)' is coded in \(file), but is no story in this library (any more); its codes are left out")
            }
            for id in codes.tags.keys.sorted() {
                print("\(dryRun ? "would tag" : "tagged") \(id): \(codes.tags[id]!.joined(separator: ", "))")
            }
            for annotation in codes.annotations {
                let passage = annotation.passage.count > 60 ? annotation.passage.prefix(57) + "…" : annotation.passage[...]
                print("\(dryRun ? "would annotate" : "annotated") \(annotation.story) with \(annotation.code): “\(passage)”")
            }
            if codes.tags.isEmpty && codes.annotations.isEmpty {
                print("\(file): no new codes on the library's stories")
                return
            }
            guard !dryRun else {
                print("\(file): nothing written (--dry-run)")
                return
            }
            let paths = try store.applyCodes(codes, from: file)
            await ChangeCommit.commitIfAsked(store, paths: paths, message: .imported(file: file, count: paths.count))
        }

        private func readMappingFile(_ path: String, into mapping: inout CSVMapping, framework: Framework) throws {
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw VerhaalError("cannot read the mapping file \(path)", hint: "check the path; it holds lines like 'title=Titel'")
            }
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = line.trimmingCharacters(in: .whitespaces)
                if line.isEmpty || line.hasPrefix("#") { continue }
                let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                    throw VerhaalError("\(path):\(number + 1): '\(line)' is not field=Column", hint: "write e.g. 'title=Titel'")
                }
                try mapping.add(field: parts[0], column: parts[1], framework: framework, source: "\(path):\(number + 1)")
            }
        }

        private func carryOut(
            _ items: [ImportItem], rowProblems: [Diagnostic], file: String, store: LibraryStore, columns: [String: String]?
        ) async throws {
            let plan = !rowProblems.isEmpty || dryRun ? store.planImport(items) : try store.importEntries(items)
            let problems = ImportReport.problems(rowProblems, plan, columns: columns)
            guard problems.isEmpty else {
                throw VerhaalError(
                    "\(file): nothing was imported; \(Plural.count(problems.count, "problem", "problems")):\n"
                        + problems.joined(separator: "\n"),
                    hint: "fix them in \(file) and run the import again")
            }
            ImportReport.print(plan, file: file, written: !dryRun)
            guard !dryRun else { return }
            let paths = plan.writes.map(\.path)
            if !paths.isEmpty {
                await ChangeCommit.commitIfAsked(store, paths: paths, message: .imported(file: file, count: paths.count))
            }
        }

    }
}
