import CLibXML2
import Foundation

/// An XML Schema (XSD) parsed once by libxml2, used to validate many documents: the REFI-QDA
/// project and codebook schemas.
public final class XMLSchema: @unchecked Sendable {
    private let schema: xmlSchemaPtr
    /// Where the schema was read from.
    public let url: URL

    /// Parses the schema at `url`; an error says what libxml2 could not read.
    public init(contentsOf url: URL) throws {
        self.schema = try LibXML2.parsedSchema(at: url) { path, errors in
            guard let parser = xmlSchemaNewParserCtxt(path) else { return nil }
            defer { xmlSchemaFreeParserCtxt(parser) }
            xmlSchemaSetParserStructuredErrors(parser, LibXML2Errors.handler, errors.context)
            return xmlSchemaParse(parser)
        }
        self.url = url
    }

    deinit { xmlSchemaFree(schema) }

    /// Problems with the document: not well-formed, or not valid against the schema.
    /// Empty when the document is valid.
    public func validate(_ document: Data) -> [ValidationIssue] {
        LibXML2.validationIssues(of: document, name: "project.qde") { doc, errors in
            guard let context = xmlSchemaNewValidCtxt(schema) else { return nil }
            defer { xmlSchemaFreeValidCtxt(context) }
            xmlSchemaSetValidStructuredErrors(context, LibXML2Errors.handler, errors.context)
            return xmlSchemaValidateDoc(context, doc)
        }
    }
}
