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

/// An entry as `list --json` and `show --json` print it: every field, and the body.
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
    }
}
