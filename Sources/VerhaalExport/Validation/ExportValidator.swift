import Foundation
import VerhaalKit

/// Checks exports against the official schemas: DocBook 5 for `.xml`; ODF 1.3 for `.fodt`,
/// `.fodp` and each XML part of an `.odt` or `.odp`, whose manifest is checked against the manifest schema
/// and whose package structure is checked too. Each schema is parsed once, when first needed.
public final class ExportValidator: @unchecked Sendable {
    private let docBookURL: URL
    private let odfFolder: URL?
    private var schemas: [URL: RelaxNGSchema] = [:]
    private let lock = NSLock()

    /// `odfFolder` nil means no ODF schemas were found; validating ODF then says so.
    public init(docBookSchema: URL, odfFolder: URL?) {
        self.docBookURL = docBookSchema
        self.odfFolder = odfFolder
    }

    /// Problems with the document; empty when it is valid. Throws when a schema is missing.
    public func validate(_ data: Data, as format: ExportFormat) throws -> [ValidationIssue] {
        switch format {
        case .docbook:
            return try schema(docBookURL).validate(data)
        case .fodt, .fodp:
            return try schema(odfSchema(SchemaLocations.odfDocument)).validate(data)
        case .pdf, .docx, .pptx:
            return []  // made from the .odt or .odp, which `Exporter.render` checks before converting
        case .odt, .odp:
            let package: ODFPackage
            do {
                package = try ODFPackage(data: data)
            } catch {
                return [ValidationIssue(line: 0, message: "not a zip archive: \(error)")]
            }
            var issues = package.structuralProblems(
                mediaType: format == .odt ? ODFNamespaces.textMediaType : ODFNamespaces.presentationMediaType
            )
            .map { ValidationIssue(line: 0, message: $0) }
            let document = try schema(odfSchema(SchemaLocations.odfDocument))
            let manifest = try schema(odfSchema(SchemaLocations.odfManifest))
            for entry in package.entries where entry.path.hasSuffix(".xml") {
                let checker = entry.path == "META-INF/manifest.xml" ? manifest : document
                issues += checker.validate(entry.data).map {
                    ValidationIssue(line: $0.line, message: "\(entry.path): \($0.message)")
                }
            }
            return issues
        }
    }

    private func odfSchema(_ name: String) throws -> URL {
        guard let odfFolder else {
            throw SchemaError(message: "the ODF 1.3 schemas were not found (looked for ../shared/schemas/odf-1.3/)")
        }
        return odfFolder.appendingPathComponent(name)
    }

    private func schema(_ url: URL) throws -> RelaxNGSchema {
        lock.lock()
        defer { lock.unlock() }
        if let schema = schemas[url] { return schema }
        let schema = try RelaxNGSchema(contentsOf: url)
        schemas[url] = schema
        return schema
    }
}
