/// The OpenDocument namespaces Verhaal writes, declared on every root element.
enum ODFNamespaces {
    static let all: [(prefix: String, uri: String)] = [
        ("office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"),
        ("style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"),
        ("text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"),
        ("table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"),
        ("draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"),
        ("presentation", "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"),
        ("fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"),
        ("svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"),
        ("xlink", "http://www.w3.org/1999/xlink"),
        ("dc", "http://purl.org/dc/elements/1.1/"),
        ("meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"),
    ]

    static let manifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"

    static let textMediaType = "application/vnd.oasis.opendocument.text"
    static let presentationMediaType = "application/vnd.oasis.opendocument.presentation"

    /// Starts a root element with every namespace and `office:version="1.3"`.
    static func startRoot(_ name: String, in xml: XMLWriter, mediaType: String? = nil) throws {
        try xml.start(name)
        for (prefix, uri) in all { try xml.attribute("xmlns:\(prefix)", uri) }
        try xml.attribute("office:version", "1.3")
        if let mediaType { try xml.attribute("office:mimetype", mediaType) }
        try xml.newline()
    }
}
