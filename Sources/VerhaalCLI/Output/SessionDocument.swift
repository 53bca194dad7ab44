import Foundation
import VerhaalExport
import VerhaalKit

/// Saves a document for a session (story cards, a worksheet) in `Exports/`: checked against the
/// ODF 1.3 schema first when asked, then written whole or not at all.
enum SessionDocument {
    /// The path of the saved file, relative to the library.
    static func save(
        _ data: Data, named name: String, format: ExportFormat, validate: Bool, odfSchemas: String?, store: LibraryStore
    ) throws -> String {
        if validate {
            let environment = ProcessInfo.processInfo.environment
            let validator = ExportValidator(
                docBookSchema: SchemaLocations.docBook(explicit: nil, environment: environment),
                odfFolder: SchemaLocations.odf(explicit: odfSchemas, environment: environment, searchingFrom: store.root))
            try ExportPipeline.check(data, format: format, with: validator)
        }
        let folder = store.root.appendingPathComponent(LibraryStore.exportsFolder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("\(name).\(format.fileExtension)")
        try AtomicFile.write(data, to: url)
        return store.relativePath(of: url) + (validate ? " (valid)" : "")
    }
}
