import Foundation

/// Checks REFI-QDA files against the official schemas with libxml2's XML Schema validator:
/// a `.qdpx`'s `project.qde` against `Project.xsd`, a `.qdc` against `Codebook.xsd`.
public struct QDAValidation: Sendable {
    private let project: XMLSchema
    private let codebook: XMLSchema

    /// Reads both schemas from `folder` (see `SchemaLocations.refiQDA`).
    public init(schemas folder: URL) throws {
        project = try XMLSchema(contentsOf: folder.appendingPathComponent(SchemaLocations.refiProject))
        codebook = try XMLSchema(contentsOf: folder.appendingPathComponent(SchemaLocations.refiCodebook))
    }

    /// Problems with a `.qdpx`: not a zip, no `project.qde`, or a project the schema refuses.
    public func problems(inPackage data: Data) -> [ValidationIssue] {
        guard let package = try? ODFPackage(data: data) else { return [ValidationIssue(line: 0, message: "not a zip archive")] }
        guard let qde = package.entries.first(where: { $0.path == "project.qde" }) else {
            return [ValidationIssue(line: 0, message: "the package has no project.qde")]
        }
        return project.validate(qde.data)
    }

    /// Problems with a `project.qde` on its own.
    public func problems(inProject data: Data) -> [ValidationIssue] { project.validate(data) }

    /// Problems with a `.qdc`.
    public func problems(inCodebook data: Data) -> [ValidationIssue] { codebook.validate(data) }
}
