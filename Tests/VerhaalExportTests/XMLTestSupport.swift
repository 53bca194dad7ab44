import CLibXML2
import Foundation
import VerhaalExport
import VerhaalKit

/// libxml2 helpers for reading exports back in tests.
enum XMLTestSupport {
    /// The date the sample's exports carry where a composition gives none: the Makefile's
    /// `SOURCE_DATE_EPOCH` (1793491200).
    static let sampleExportDate = LocalDate(year: 2026, month: 11, day: 1)!

    static let docBookSchema: RelaxNGSchema? = try? RelaxNGSchema(contentsOf: SchemaLocations.debianDocBook)

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/schemas/odf-1.3/` beside the package, or `$VERHAAL_ODF_SCHEMAS`.
    static let odfFolder = SchemaLocations.odf(
        explicit: nil, environment: ProcessInfo.processInfo.environment, searchingFrom: packageRoot)

    /// Validates every format; fails the test when a schema is missing.
    static let validator = ExportValidator(docBookSchema: SchemaLocations.debianDocBook, odfFolder: odfFolder)

    /// The text content of the element whose `xml:id` is `id`, or nil.
    static func text(ofElementWithID id: String, in data: Data) -> String? {
        withDocument(data) { doc in
            guard let root = xmlDocGetRootElement(doc), let node = find(id, under: root) else { return nil }
            return content(of: node)
        }
    }

    /// The text content of the whole document.
    static func text(of data: Data) -> String? {
        withDocument(data) { doc in xmlDocGetRootElement(doc).flatMap(content) }
    }

    private static func withDocument<T>(_ data: Data, _ body: (xmlDocPtr) -> T?) -> T? {
        let doc = data.withUnsafeBytes { buffer -> xmlDocPtr? in
            guard let base = buffer.baseAddress else { return nil }
            return xmlReadMemory(
                base.assumingMemoryBound(to: CChar.self), Int32(buffer.count), "test.xml", nil,
                Int32(XML_PARSE_NONET.rawValue))
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        return body(doc)
    }

    private static func content(of node: xmlNodePtr) -> String? {
        guard let raw = xmlNodeGetContent(node) else { return nil }
        defer { verhaal_xmlFree(raw) }
        return String(cString: raw)
    }

    private static func find(_ id: String, under node: xmlNodePtr) -> xmlNodePtr? {
        var current: xmlNodePtr? = node
        while let candidate = current {
            if candidate.pointee.type == XML_ELEMENT_NODE {
                if let value = xmlGetNsProp(candidate, "id", "http://www.w3.org/XML/1998/namespace") {
                    defer { verhaal_xmlFree(value) }
                    if String(cString: value) == id { return candidate }
                }
                if let child = candidate.pointee.children, let found = find(id, under: child) { return found }
            }
            current = candidate.pointee.next
        }
        return nil
    }

    /// Collapses runs of whitespace, for comparing text across paragraphs.
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
