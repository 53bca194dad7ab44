import VerhaalKit

/// Which column of a CSV fills which field: `title=Titel`, `answers.gevoel=Gevoel`. A column
/// named exactly like a field (as `list --csv` names them) needs no mapping.
public struct CSVMapping: Sendable, Equatable {
    /// Column name by field.
    public var columns: [String: String]

    public init(columns: [String: String] = [:]) { self.columns = columns }

    /// The fields a column can fill: the entry's fields, `text`, `id` and one per question.
    public static func fields(framework: Framework) -> [String] { EntryTable.header(framework: framework) }

    /// Reads `--map field=Column` arguments; an unknown field is refused with the nearest one.
    public static func parse(_ arguments: [String], framework: Framework) throws -> CSVMapping {
        var mapping = CSVMapping()
        for argument in arguments {
            guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else {
                throw VerhaalError(
                    "--map '\(argument)' needs the form field=Column", hint: "e.g. --map title=Titel --map answers.gevoel=Gevoel")
            }
            let field = String(argument[..<equals]).trimmingCharacters(in: .whitespaces)
            let column = String(argument[argument.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
            try mapping.add(field: field, column: column, framework: framework, source: "--map '\(argument)'")
        }
        return mapping
    }

    /// Adds one field's column, refusing a field Verhaal does not know.
    public mutating func add(field: String, column: String, framework: Framework, source: String) throws {
        let known = Self.fields(framework: framework)
        guard known.contains(field) else {
            let suggestion = KeySuggestion.didYouMean(field, among: known)
            throw VerhaalError(
                "\(source): '\(field)' is not a field", hint: "\(suggestion)the fields are: \(known.joined(separator: ", "))")
        }
        columns[field] = column
    }

    /// Each field's column index in `header`: the mapped column, else a column named like the
    /// field. A mapped column the header does not have is an error that names the nearest one.
    func resolve(header: [String], framework: Framework, file: String) throws -> [String: Int] {
        var resolved: [String: Int] = [:]
        for field in Self.fields(framework: framework) {
            if let column = columns[field] {
                guard let index = header.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == column }) else {
                    let suggestion = KeySuggestion.didYouMean(column, among: header)
                    throw VerhaalError(
                        "\(file) has no column '\(column)' (mapped to \(field))",
                        hint: "\(suggestion)its columns are: \(header.joined(separator: ", "))")
                }
                resolved[field] = index
            } else if let index = header.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == field }) {
                resolved[field] = index
            }
        }
        return resolved
    }
}
