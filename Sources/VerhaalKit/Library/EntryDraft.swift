import Foundation

/// A new entry before it has an id and a file: what `add` (and later the web form) collects.
public struct EntryDraft: Sendable, Equatable {
    public var kind: EntryKind
    public var title: String
    public var date: LocalDate
    public var teller: String
    public var visit: String?
    public var place: String?
    public var organizations: [String] = []
    public var lessons: [String] = []
    public var perspectives: [String] = []
    public var tags: [String] = []
    public var share: ShareLevel = .network
    public var speaker: String?
    public var role: String?
    public var source: String?
    public var body: String = ""

    public init(kind: EntryKind, title: String, date: LocalDate, teller: String) {
        self.kind = kind
        self.title = title
        self.date = date
        self.teller = teller
    }

    /// The id `add` tries first: the title as a slug, prefixed by the date for travel-log entries.
    public var preferredID: String {
        let slug = EntryID.slug(from: title)
        return kind == .travelLog ? "\(date)-\(slug)" : slug
    }

    /// The file text: front matter in a fixed key order, a blank line, and the body.
    public func fileText() throws -> String {
        var lines = ["---"]
        func add(_ key: String, _ value: String?) throws {
            guard let value, !value.isEmpty else { return }
            lines.append(try YAMLValue.line(key: key, text: value))
        }
        func add(_ key: String, _ list: [String]) throws {
            guard !list.isEmpty else { return }
            lines.append(try YAMLValue.line(key: key, list: list))
        }
        try add(EntryFields.kind, kind.rawValue)
        try add(EntryFields.title, title)
        lines.append("\(EntryFields.date): \(date)")
        try add(EntryFields.teller, teller)
        try add(EntryFields.speaker, speaker)
        try add(EntryFields.role, role)
        try add(EntryFields.source, source)
        try add(EntryFields.visit, visit)
        try add(EntryFields.place, place)
        try add(EntryFields.organizations, organizations)
        try add(EntryFields.lessons, lessons)
        try add(EntryFields.perspectives, perspectives)
        try add(EntryFields.tags, tags)
        lines.append("\(EntryFields.share): \(share.rawValue)")
        lines.append("---")
        var text = lines.joined(separator: "\n") + "\n"
        let trimmedBody = body.trimmingCharacters(in: .newlines)
        if !trimmedBody.isEmpty { text += "\n" + trimmedBody + "\n" }
        return text
    }
}
