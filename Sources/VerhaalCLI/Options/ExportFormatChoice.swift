import ArgumentParser
import VerhaalExport

/// `--format`: one of `ExportFormat`'s cases by name, or `all` (`ExportFormat.available`). A
/// format added to `ExportFormat` is accepted, listed in the help and in `--list-formats`
/// (which the Makefile reads) without a change here.
enum ExportFormatChoice: ExpressibleByArgument, Equatable {
    case all
    case one(ExportFormat)

    init?(argument: String) {
        if argument == "all" {
            self = .all
        } else if let format = ExportFormat(rawValue: argument) {
            self = .one(format)
        } else {
            return nil
        }
    }

    static var allValueStrings: [String] { ExportFormat.allCases.map(\.rawValue) + ["all"] }

    var defaultValueDescription: String {
        switch self {
        case .all: "all"
        case .one(let format): format.rawValue
        }
    }

    var formats: [ExportFormat] {
        switch self {
        case .all: ExportFormat.available
        case .one(let format): [format]
        }
    }

    /// "docbook, fodt, odt, fodp, odp, pdf or all (all but pdf)."
    static var help: String {
        let names = ExportFormat.allCases.map(\.rawValue)
        let left = ExportFormat.allCases.filter { !ExportFormat.available.contains($0) }.map(\.rawValue)
        return names.joined(separator: ", ") + " or all" + (left.isEmpty ? "." : " (all but \(left.joined(separator: ", "))).")
    }
}
