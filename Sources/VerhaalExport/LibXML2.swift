import CLibXML2
import Foundation

/// Process-wide libxml2 set-up and the lock around its global error state.
public enum LibXML2 {
    /// Serialises calls that install libxml2 error handlers.
    static let lock = NSLock()

    private static let initialized: Bool = {
        xmlInitParser()
        xmlRelaxNGInitTypes()
        return true
    }()

    /// Initialises the parser and the RELAX NG type library once; safe to call again.
    public static func initialize() {
        _ = initialized
    }

    /// The version of the linked libxml2, e.g. `2.9.14`.
    public static var version: String {
        LIBXML_DOTTED_VERSION
    }
}

extension LibXML2 {
    /// Parses `data` without network access and hands the document to `body`, under the lock and
    /// with libxml2's messages captured; nil when the bytes are not well-formed XML. The
    /// document is freed when `body` returns.
    static func withDocument<T>(_ data: Data, name: String, _ body: (xmlDocPtr) -> T?) -> T? {
        initialize()
        let errors = LibXML2Errors()
        return lock.withLock {
            errors.capturing {
                let doc = data.withUnsafeBytes { buffer -> xmlDocPtr? in
                    guard let base = buffer.baseAddress else { return nil }
                    return xmlReadMemory(
                        base.assumingMemoryBound(to: CChar.self), Int32(buffer.count), name, nil, Int32(XML_PARSE_NONET.rawValue))
                }
                guard let doc else { return nil }
                defer { xmlFreeDoc(doc) }
                return body(doc)
            }
        }
    }

    /// Reads `document` and hands it to `validate`, which returns libxml2's result (0 when
    /// valid; nil when it could not start), under the lock and with libxml2's messages
    /// captured as the issues: what RELAX NG and XML Schema validation share.
    static func validationIssues(
        of document: Data, name: String, _ validate: (xmlDocPtr, LibXML2Errors) -> Int32?
    ) -> [ValidationIssue] {
        initialize()
        let errors = LibXML2Errors()
        return lock.withLock {
            errors.capturing {
                let doc = document.withUnsafeBytes { buffer -> xmlDocPtr? in
                    guard let base = buffer.baseAddress else { return nil }
                    return xmlReadMemory(
                        base.assumingMemoryBound(to: CChar.self), Int32(buffer.count), name, nil, Int32(XML_PARSE_NONET.rawValue))
                }
                guard let doc else {
                    return errors.issues.isEmpty ? [ValidationIssue(line: 0, message: "the document is empty or not XML")] : errors.issues
                }
                defer { xmlFreeDoc(doc) }
                guard let result = validate(doc, errors) else {
                    return [ValidationIssue(line: 0, message: "libxml2 could not start validating")]
                }
                if result == 0 { return [] }
                return errors.issues.isEmpty
                    ? [ValidationIssue(line: 0, message: "the document is not valid (libxml2 code \(result))")] : errors.issues
            }
        }
    }

    /// A schema parsed by `parse` from the file at `url`, under the lock and with libxml2's
    /// messages captured; an error names the file and libxml2's first message.
    static func parsedSchema<Schema>(at url: URL, _ parse: (String, LibXML2Errors) -> Schema?) throws -> Schema {
        initialize()
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw SchemaError(message: "no schema at \(url.path)")
        }
        let errors = LibXML2Errors()
        let parsed: Schema? = lock.withLock { errors.capturing { parse(url.path, errors) } }
        guard let parsed else {
            let detail = errors.issues.first.map { ": \($0)" } ?? ""
            throw SchemaError(message: "libxml2 could not read the schema \(url.path)\(detail)")
        }
        return parsed
    }
}
