import ArgumentParser
import VerhaalKit

extension EntryKind: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argumentText: argument)
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension ShareLevel: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension LocalDate {
    /// Reads a date option, failing with the hint `check` gives for a wrong date.
    static func argument(_ text: String) throws -> LocalDate {
        guard let date = LocalDate(text) else {
            throw ValidationError("'\(text)' is not a valid date; \(LocalDate.formatHint)")
        }
        return date
    }
}
