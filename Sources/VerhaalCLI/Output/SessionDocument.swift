import ArgumentParser
import Foundation
import VerhaalExport
import VerhaalKit

/// Saves a document for a session (story cards, a worksheet) in `Exports/`: checked against the
/// ODF 1.3 schema first when asked, made a PDF by LibreOffice when asked, then written whole or
/// not at all.
enum SessionDocument {
    /// The formats of a session document: the text document, its flat file, or its PDF.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case odt, fodt, pdf

        /// The format Verhaal writes (a PDF is made from the `.odt`).
        var written: ExportFormat { self == .fodt ? .fodt : .odt }
    }

    /// The path of the saved file, relative to the library.
    static func save(
        _ data: Data, named name: String, format: Format, validate: Bool, odfSchemas: String?, store: LibraryStore
    ) throws -> String {
        if validate {
            let environment = ProcessInfo.processInfo.environment
            let validator = ExportValidator(
                docBookSchema: SchemaLocations.docBook(explicit: nil, environment: environment),
                odfFolder: SchemaLocations.odf(explicit: odfSchemas, environment: environment, searchingFrom: store.root))
            try ExportPipeline.check(data, format: format.written, with: validator)
        }
        let saved = format == .pdf ? try OfficeConverter.convert(data, .textPDF) : data
        let folder = store.root.appendingPathComponent(LibraryStore.exportsFolder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("\(name).\(format.rawValue)")
        try AtomicFile.write(saved, to: url)
        return store.relativePath(of: url) + (validate ? " (valid)" : "")
    }
}
