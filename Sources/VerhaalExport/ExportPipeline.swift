import Foundation
import VerhaalKit

/// The one way from a library to export bytes: compose a composition, then render each format
/// and, when a validator is given, check it against its schema before anyone gets the bytes.
/// `verhaal export` (and through it `make run`) and the web's downloads all go through here.
public enum ExportPipeline {
    /// The narrative of the composition `name`, with its report. The library can be released
    /// once this returns: rendering needs only the narrative.
    /// A composition with `patterns: remarkable` gets the chapter of remarkable patterns here,
    /// where the statistics are at hand.
    /// `exportDate` is the date of a composition that gives none.
    public static func compose(_ library: Library, name: String, exportDate: LocalDate = .exportDate()) throws -> ComposeResult {
        let library = library.withoutBrokenFiles
        let composition = try library.composition(named: name)
        return try Composer(library: library, exportDate: exportDate, chapters: [PatternChapter.Provider()]).compose(composition)
    }

    /// Renders `narrative` in each format, one at a time so that only one document is in
    /// memory, validates it when `validator` is given, and hands the bytes to `deliver`.
    public static func render(
        _ narrative: Narrative, formats: [ExportFormat], validator: ExportValidator?,
        deliver: (ExportFormat, Data) throws -> Void
    ) throws {
        for format in formats {
            let data = try Exporter.render(narrative, as: format) { written, bytes in
                if let validator { try check(bytes, format: written, with: validator) }
            }
            try deliver(format, data)
        }
    }

    /// The bytes of one format of the composition `name`.
    public static func export(
        _ library: Library, name: String, format: ExportFormat,
        validator: ExportValidator? = nil
    ) throws -> Data {
        let narrative = try compose(library, name: name).narrative
        var result = Data()
        try render(narrative, formats: [format], validator: validator) { _, data in result = data }
        return result
    }

    /// Refuses bytes that are not valid against the format's schema, and says what to set
    /// when a schema is missing. Story cards and worksheets are checked here too.
    public static func check(_ data: Data, format: ExportFormat, with validator: ExportValidator) throws {
        let issues: [ValidationIssue]
        do {
            issues = try validator.validate(data, as: format)
        } catch {
            let hint =
                format == .docbook
                ? "install Debian's docbook5-xml, or pass --docbook-schema PATH or set \(SchemaLocations.docBookVariable)"
                : "pass --odf-schemas DIR or set \(SchemaLocations.odfVariable) to the folder with \(SchemaLocations.odfDocument)"
            throw VerhaalError("cannot validate the \(format.rawValue) export: \(error)", hint: hint)
        }
        guard issues.isEmpty else {
            let list = issues.prefix(20).map { "  \($0)" }.joined(separator: "\n")
            throw VerhaalError(
                "the \(format.rawValue) export is not valid against its schema; nothing was written\n\(list)",
                hint: "this is a bug in Verhaal: please report it with the composition")
        }
    }
}
