/// What a person quoted or named in a story agreed to: to be named in public documents, only
/// within the network, or not at all, and since when. Written in an entry as
/// `consent: {Marja Peters: public 2024-03-01}`.
public struct Consent: Sendable, Equatable, Codable {
    public enum Level: String, Sendable, CaseIterable, Codable {
        case `public`, network, none
    }

    public var level: Level
    /// The day the person agreed (or refused); nil when not written.
    public var date: LocalDate?

    public init(level: Level, date: LocalDate? = nil) {
        self.level = level
        self.date = date
    }

    /// `public 2024-03-01`, or the level alone.
    public var written: String { date.map { "\(level.rawValue) \($0)" } ?? level.rawValue }

    /// Reads `public 2024-03-01` or `network`; nil for anything else.
    public init?(written: String) {
        let parts = written.split(separator: " ", omittingEmptySubsequences: true)
        guard (1...2).contains(parts.count), let level = Level(rawValue: String(parts[0])) else { return nil }
        self.level = level
        if parts.count == 2 {
            guard let date = LocalDate(String(parts[1])) else { return nil }
            self.date = date
        }
    }

    /// Whether the person may be named by name in a document for `audience`.
    public func allowsName(for audience: Audience) -> Bool {
        switch (level, audience) {
        case (.public, _), (.network, .network): true
        default: false
        }
    }
}
