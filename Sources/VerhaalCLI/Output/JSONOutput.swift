import Foundation
import VerhaalKit

/// Prints values as stable, pretty JSON (sorted keys) for scripts.
enum JSONOutput {
    static func print<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        Swift.print(String(decoding: data, as: UTF8.self))
    }
}

/// An entry as `list --json` and `show --json` print it: every field (absent ones as `null`),
/// and the body.
struct EntryJSON: Encodable {
    var id: String
    var path: String
    var kind: String
    var title: String
    var date: String
    var teller: String
    var visit: String?
    var place: String?
    var organizations: [String]
    var lessons: [String]
    var perspectives: [String]
    var tags: [String]
    var share: String
    var speaker: String?
    var role: String?
    var source: String?
    var body: String
    /// Answers by question id; an unanswered question is not here.
    var answers: [String: Answer]

    enum CodingKeys: String, CodingKey {
        case id, path, kind, title, date, teller, visit, place, organizations, lessons
        case perspectives, tags, share, speaker, role, source, body, answers
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(path, forKey: .path)
        try container.encode(kind, forKey: .kind)
        try container.encode(title, forKey: .title)
        try container.encode(date, forKey: .date)
        try container.encode(teller, forKey: .teller)
        try container.encode(visit, forKey: .visit)
        try container.encode(place, forKey: .place)
        try container.encode(organizations, forKey: .organizations)
        try container.encode(lessons, forKey: .lessons)
        try container.encode(perspectives, forKey: .perspectives)
        try container.encode(tags, forKey: .tags)
        try container.encode(share, forKey: .share)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(role, forKey: .role)
        try container.encode(source, forKey: .source)
        try container.encode(body, forKey: .body)
        try container.encode(answers, forKey: .answers)
    }

    init(_ entry: Entry) {
        id = entry.id
        path = entry.path
        kind = entry.kind.rawValue
        title = entry.title
        date = entry.date.description
        teller = entry.teller
        visit = entry.visit
        place = entry.place
        organizations = entry.organizations
        lessons = entry.lessons
        perspectives = entry.perspectives
        tags = entry.tags
        share = entry.share.rawValue
        speaker = entry.speaker
        role = entry.role
        source = entry.source
        body = entry.body
        answers = entry.answers
    }
}
