import Foundation

/// Where the official schemas are found.
public enum SchemaLocations {
    /// Debian's `docbook5-xml` package puts the DocBook 5.0 RELAX NG schema here.
    public static let debianDocBook = URL(fileURLWithPath: "/usr/share/xml/docbook/schema/rng/5.0/docbook.rng")

    /// The environment variable that names another DocBook schema.
    public static let docBookVariable = "VERHAAL_DOCBOOK_SCHEMA"

    /// The DocBook schema: the given path, else `$VERHAAL_DOCBOOK_SCHEMA`, else Debian's.
    public static func docBook(explicit: String?, environment: [String: String]) -> URL {
        if let explicit { return URL(fileURLWithPath: explicit) }
        if let path = environment[docBookVariable], !path.isEmpty { return URL(fileURLWithPath: path) }
        return debianDocBook
    }
}
