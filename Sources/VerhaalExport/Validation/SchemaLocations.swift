import Foundation

/// Where the official schemas are found.
public enum SchemaLocations {
    /// Debian's `docbook5-xml` package puts the DocBook 5.0 RELAX NG schema here.
    public static let debianDocBook = URL(fileURLWithPath: "/usr/share/xml/docbook/schema/rng/5.0/docbook.rng")

    /// The environment variable that names another DocBook schema.
    public static let docBookVariable = "VERHAAL_DOCBOOK_SCHEMA"

    /// The environment variable that names the folder with the ODF 1.3 schemas.
    public static let odfVariable = "VERHAAL_ODF_SCHEMAS"
    /// The document schema's file name in that folder.
    public static let odfDocument = "OpenDocument-v1.3-schema.rng"
    /// The manifest schema's file name in that folder.
    public static let odfManifest = "OpenDocument-v1.3-manifest-schema.rng"

    /// The folder with the ODF 1.3 schemas: the given one, else `$VERHAAL_ODF_SCHEMAS`, else
    /// `../shared/schemas/odf-1.3/` seen from `start` or any folder above it; nil when none exists.
    public static func odf(explicit: String?, environment: [String: String], searchingFrom start: URL) -> URL? {
        if let explicit { return URL(fileURLWithPath: explicit) }
        if let path = environment[odfVariable], !path.isEmpty { return URL(fileURLWithPath: path) }
        return shared("odf-1.3", holding: odfDocument, searchingFrom: start)
    }

    /// The environment variable that names the folder with the REFI-QDA schemas.
    public static let refiQDAVariable = "VERHAAL_REFI_SCHEMAS"
    /// The project schema's file name in that folder.
    public static let refiProject = "Project.xsd"
    /// The codebook schema's file name in that folder.
    public static let refiCodebook = "Codebook.xsd"

    /// The folder with the REFI-QDA schemas: `$VERHAAL_REFI_SCHEMAS`, else
    /// `../shared/schemas/refi-qda/` seen from `start` or any folder above it; nil when none exists.
    public static func refiQDA(environment: [String: String], searchingFrom start: URL) -> URL? {
        if let path = environment[refiQDAVariable], !path.isEmpty { return URL(fileURLWithPath: path) }
        return shared("refi-qda", holding: refiProject, searchingFrom: start)
    }

    /// `shared/schemas/NAME` beside `start` or beside any folder above it, if it holds `file`.
    private static func shared(_ name: String, holding file: String, searchingFrom start: URL) -> URL? {
        var folder = start.standardizedFileURL
        while true {
            let candidate = folder.deletingLastPathComponent().appendingPathComponent("shared/schemas/\(name)")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent(file).path) {
                return candidate
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// The DocBook schema: the given path, else `$VERHAAL_DOCBOOK_SCHEMA`, else Debian's.
    public static func docBook(explicit: String?, environment: [String: String]) -> URL {
        if let explicit { return URL(fileURLWithPath: explicit) }
        if let path = environment[docBookVariable], !path.isEmpty { return URL(fileURLWithPath: path) }
        return debianDocBook
    }
}
