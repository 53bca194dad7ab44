import ArgumentParser
import Foundation
import VerhaalExport
import VerhaalKit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension VerhaalCommand {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export a narrative to documents in Exports/.",
            discussion: HelpText.text(
                """
                Beside the documents, Exports/NAME.manifest.json says who is in them and on
                what basis: every story with its share level, the consent of everyone quoted
                or named, the names replaced, and the stories left out with their reasons. It
                holds real names: keep it in the network.

                Writes Exports/NAME.xml (DocBook 5.0), NAME.fodt (flat OpenDocument text),
                NAME.odt (OpenDocument text, for Word and LibreOffice Writer), NAME.odp (slides
                for PowerPoint, Keynote and Impress, with the full texts in the speaker notes) or
                NAME.fodp (the same slides as one flat file); --format all writes every one of
                these. Through LibreOffice (installed with python3-uno), --format pdf writes
                NAME.pdf (PDF/A-2b, with bookmarks and the contents' page numbers), --format docx
                a Word document made from the .odt and --format pptx a PowerPoint presentation
                made from the .odp, each with the document's title, subject and authors.

                A story with errors is left out with a warning naming it (--strict refuses
                instead); any other error stops the export. The same library gives the same
                bytes; files are written to a temporary file and renamed, so an export is never
                half written. With --validate the document is checked against the official
                schema first; an invalid document is reported with line numbers and the
                previous export stays as it was.

                The DocBook schema comes from Debian's docbook5-xml package
                (\(SchemaLocations.debianDocBook.path)), from --docbook-schema, or from
                $\(SchemaLocations.docBookVariable). The ODF 1.3 schemas are found in
                ../shared/schemas/odf-1.3/ (seen from the library or a folder above it), from
                --odf-schemas, or from $\(SchemaLocations.odfVariable); without them --validate
                says so instead of passing.

                Examples:
                  verhaal export wenkend-perspectief --format docbook --validate
                  verhaal export raad-van-commissarissen --format all --validate
                  verhaal export raad-van-commissarissen --format pptx
                  verhaal export --format odt --odf-schemas ~/schemas/odf-1.3 --validate
                """))

        @OptionGroup var libraryOptions: LibraryOptions

        @Argument(help: "The composition (default: wenkend-perspectief).", completion: Completions.compositions)
        var name = Composition.defaultName

        @Option(help: ArgumentHelp(ExportFormatChoice.help))
        var format: ExportFormatChoice = .one(.docbook)

        @Flag(name: .customLong("list-formats"), help: "Print the formats --format all writes, one per line, and stop.")
        var listFormats = false

        @Flag(help: "Validate against the official schema before writing.")
        var validate = false

        @Option(help: ArgumentHelp("The DocBook 5 RELAX NG schema to validate with.", valueName: "path"))
        var docbookSchema: String?

        @Option(help: ArgumentHelp("The folder with the ODF 1.3 RELAX NG schemas.", valueName: "folder"))
        var odfSchemas: String?

        @Flag(help: "Refuse to export while any file has an error, instead of leaving broken stories out with a warning.")
        var strict = false

        @Flag(help: "Print how long each step took (read, parse, compose, write, save) to standard error.")
        var timings = false

        func run() throws {
            if listFormats {
                for format in ExportFormat.available { print(format.rawValue) }
                return
            }
            let store = try libraryOptions.store()
            let clock = ContinuousClock()
            let composed = try compose(store, clock: clock)
            // The library is gone; give its memory back before the documents are made.
            #if os(Linux)
                _ = returnFreedMemory(0)
            #endif
            var renderTime = Duration.zero
            var saveTime = Duration.zero
            let folder = store.root.appendingPathComponent(LibraryStore.exportsFolder)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let environment = ProcessInfo.processInfo.environment
            let validator = ExportValidator(
                docBookSchema: SchemaLocations.docBook(explicit: docbookSchema, environment: environment),
                odfFolder: SchemaLocations.odf(explicit: odfSchemas, environment: environment, searchingFrom: store.root))
            // Each format is made and checked before it replaces the previous export.
            var renderStart = clock.now
            try ExportPipeline.render(composed.narrative, formats: format.formats, validator: validate ? validator : nil) { format, data in
                let saveStart = clock.now
                renderTime += saveStart - renderStart
                let url = folder.appendingPathComponent("\(composed.name).\(format.fileExtension)")
                try AtomicFile.write(data, to: url)
                saveTime += clock.now - saveStart
                print(store.relativePath(of: url) + (validate ? " (valid)" : ""))
                renderStart = clock.now
            }
            let manifest = folder.appendingPathComponent("\(composed.name).manifest.json")
            try AtomicFile.write(DocumentManifestJSON.data(composed.manifest), to: manifest)
            print(store.relativePath(of: manifest))
            if timings {
                let steps: [(String, Duration)] = [
                    ("read", composed.load.read), ("parse", composed.load.parse), ("compose", composed.composeTime),
                    ("write", renderTime), ("save", saveTime),
                ]
                StandardError.print(steps.map { "\($0.0) \(Self.milliseconds($0.1)) ms" }.joined(separator: ", "))
            }
        }

        /// Loads the library and composes the narrative. The library is released when this
        /// returns, before the documents are written: on a large library that halves the memory.
        private func compose(_ store: LibraryStore, clock: ContinuousClock)
            throws -> (narrative: Narrative, manifest: DocumentManifest, name: String, load: LoadTimings, composeTime: Duration)
        {
            let library = try libraryOptions.load()
            let brokenFiles = library.brokenFiles
            let broken = Set(brokenFiles.map(\.file))
            // A broken story is left out and named, as the web's downloads do; any other error
            // (or any error at all with --strict) stops the export.
            let errors = library.diagnostics.filter { $0.severity == .error && (strict || !broken.contains($0.file)) }
            guard errors.isEmpty else {
                throw VerhaalError(
                    "the library has \(errors.count) error\(errors.count == 1 ? "" : "s"); nothing was exported",
                    hint: "fix them (see 'verhaal check') and export again", diagnostics: errors)
            }
            for file in brokenFiles {
                StandardError.print("warning: \(file.file) is left out: \(file.summary) (see 'verhaal check'; --strict refuses instead)")
            }
            let start = clock.now
            let result = try ExportPipeline.compose(library, name: name)
            return (result.narrative, result.manifest, name, library.timings, clock.now - start)
        }

        static func milliseconds(_ duration: Duration) -> String {
            let (seconds, attoseconds) = duration.components
            return String(format: "%.1f", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
        }
    }
}

#if os(Linux)
    /// glibc's `malloc_trim`, which `<malloc.h>` declares but Swift's Glibc module does not import.
    @_silgen_name("malloc_trim")
    private func returnFreedMemory(_ pad: Int) -> Int32
#endif
