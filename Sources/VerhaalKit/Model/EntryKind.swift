/// What an entry records.
public enum EntryKind: String, Sendable, Codable, CaseIterable, Comparable {
    /// A visit: where the network went, whom it met.
    case travelLog = "travel-log"
    /// A short story heard or lived.
    case anecdote
    /// Someone's words, attributed.
    case quote

    /// The sub-folder of `Stories/` that `add` writes this kind to.
    public var folder: String {
        switch self {
        case .travelLog: "reisverslagen"
        case .anecdote: "anekdotes"
        case .quote: "citaten"
        }
    }

    /// The kind with an article, for messages: "a travel-log entry", "an anecdote", "a quote".
    public var withArticle: String {
        switch self {
        case .travelLog: "a travel-log entry"
        case .anecdote: "an anecdote"
        case .quote: "a quote"
        }
    }

    /// Accepts the English ids and the Dutch words (`reisverslag`, `anekdote`, `citaat`).
    public init?(argumentText argument: String) {
        switch argument.lowercased() {
        case "travel-log", "travellog", "visit", "reisverslag", "bezoek": self = .travelLog
        case "anecdote", "anekdote": self = .anecdote
        case "quote", "citaat": self = .quote
        default: return nil
        }
    }

    public static func < (lhs: EntryKind, rhs: EntryKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
