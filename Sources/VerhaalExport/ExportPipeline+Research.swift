import Foundation
import VerhaalKit

extension ExportPipeline {
    /// The files for researchers and spreadsheets.
    public enum ResearchFormat: String, Sendable, CaseIterable {
        case qdpx, csv

        public var mediaType: String {
            switch self {
            case .qdpx: "application/zip"
            case .csv: "text/csv; charset=utf-8"
            }
        }
    }

    /// The stories of the composition `name` as a REFI-QDA project or a CSV, under the
    /// composition's audience and pseudonyms: what the web's compose page offers beside the
    /// documents. A `.qdpx` is checked against `validation` when it is given.
    public static func researchFile(
        _ library: Library, name: String, format: ResearchFormat, validation: QDAValidation? = nil
    ) throws -> Data {
        let library = library.withoutBrokenFiles
        let composition = try library.composition(named: name)
        let used = Set(try compose(library, name: name).report.entriesUsed)
        let selected = library.entries.filter { used.contains($0.id) }
        switch format {
        case .qdpx:
            let project = QDAProject(
                library: library, audience: composition.audience, pseudonyms: composition.usesPseudonyms, entries: selected, name: name)
            let data = try QDAProjectWriter.package(project)
            if let issues = validation?.problems(inPackage: data), !issues.isEmpty {
                throw VerhaalError(
                    "the REFI-QDA file is not valid: \(issues[0].message)", hint: "this is a bug in Verhaal; please report it")
            }
            return data
        case .csv:
            let stories = DocumentPrivacy(library: library, audience: composition.audience, pseudonyms: composition.usesPseudonyms).stories(
                of: library)
            let entries = stories.entries.filter { used.contains(stories.libraryIDs[$0.id] ?? $0.id) }
            return try EntryCSVWriter.data(entries, framework: library.framework)
        }
    }
}
