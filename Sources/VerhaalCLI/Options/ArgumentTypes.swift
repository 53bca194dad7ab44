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

extension LocalDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}
