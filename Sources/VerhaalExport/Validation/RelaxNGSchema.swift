import CLibXML2
import Foundation

/// A RELAX NG schema parsed once by libxml2, used to validate many documents.
///
/// The parsed schema is shared read-only; every validation gets its own context. libxml2's
/// error handlers are process state, so validations are serialised by `LibXML2.lock`.
public final class RelaxNGSchema: @unchecked Sendable {
    private let schema: xmlRelaxNGPtr
    /// Where the schema was read from.
    public let url: URL

    /// Parses the schema at `url`; an error says what libxml2 could not read.
    public init(contentsOf url: URL) throws {
        self.schema = try LibXML2.parsedSchema(at: url) { path, errors in
            guard let parser = xmlRelaxNGNewParserCtxt(path) else { return nil }
            defer { xmlRelaxNGFreeParserCtxt(parser) }
            xmlRelaxNGSetParserStructuredErrors(parser, LibXML2Errors.handler, errors.context)
            return xmlRelaxNGParse(parser)
        }
        self.url = url
    }

    deinit { xmlRelaxNGFree(schema) }

    /// Problems with the document: not well-formed, or not valid against the schema.
    /// Empty when the document is valid.
    public func validate(_ document: Data) -> [ValidationIssue] {
        LibXML2.validationIssues(of: document, name: "export.xml") { doc, errors in
            guard let context = xmlRelaxNGNewValidCtxt(schema) else { return nil }
            defer { xmlRelaxNGFreeValidCtxt(context) }
            xmlRelaxNGSetValidStructuredErrors(context, LibXML2Errors.handler, errors.context)
            return xmlRelaxNGValidateDoc(context, doc)
        }
    }
}

/// A schema that could not be found or read.
public struct SchemaError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
