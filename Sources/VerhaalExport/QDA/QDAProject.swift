import Foundation
import VerhaalKit

/// What a REFI-QDA project holds, worked out from the stories an audience may read: the code
/// system (lessons, perspectives, tags and kinds), the variables (date, place, organisations
/// and one per story question), the tellers as cases, and one text source per story with its
/// codings and values. `QDAProjectWriter` writes it; every GUID is derived, never random.
public struct QDAProject: Sendable {
    public struct Code: Sendable {
        public var guid: String
        public var name: String
        public var color: String?
        public var children: [Code] = []
    }

    public struct Variable: Sendable {
        public var guid: String
        public var name: String
        /// `Text`, `Integer`, `Boolean` or `Date`, as the schema names them.
        public var type: String
        public var description: String?
    }

    public struct Value: Sendable {
        public var variable: String
        public var type: String
        public var value: String
    }

    public struct Source: Sendable {
        public var guid: String
        /// The id the export shows (a pseudonym's, for an audience that hides names).
        public var id: String
        public var name: String
        public var text: String
        /// The GUIDs of the codes applied to the whole text.
        public var codes: [String]
        public var values: [Value]
        public var path: String { "\(guid).txt" }
    }

    public struct Case: Sendable {
        public var guid: String
        public var name: String
        public var sources: [String]
    }

    public var name: String
    public var codes: [Code]
    public var variables: [Variable]
    public var cases: [Case]
    public var sources: [Source]
    /// How many stories the audience's consent rules left out.
    public var leftOut: Int

    static let userGUID = QDAGUID.make("user", "verhaal")

    /// The project for `audience`: only the stories it may read, with its pseudonyms.
    /// `pseudonyms` nil: the audience's default (on for `public`); `selected` limits it to
    /// these stories of the library.
    public init(library: Library, audience: Audience, pseudonyms: Bool? = nil, entries selected: [Entry]? = nil, name: String = "Verhaal") {
        let privacy = DocumentPrivacy(library: library, audience: audience, pseudonyms: pseudonyms)
        let stories = privacy.stories(of: library)
        var entries = stories.entries
        if let selected {
            let ids = Set(selected.map(\.id))
            entries = entries.filter { ids.contains(stories.libraryIDs[$0.id] ?? $0.id) }
        }
        let english = Language(code: library.settings.language) == .english
        let framework = library.framework
        self.name = name
        leftOut = stories.leftOut.count

        let lessonGroup = english ? "Lessons" : "Lessen"
        let perspectiveGroup = english ? "Perspectives" : "Perspectieven"
        let kindGroup = english ? "Kind" : "Soort"
        func code(_ group: String, _ key: String, _ name: String, _ color: String?) -> Code {
            Code(guid: QDAGUID.make("code", "\(group)/\(key)"), name: name, color: color)
        }
        let lessons = framework.lessons.enumerated().map { index, lesson in
            code("lesson", lesson.id, "\(lesson.number). \(lesson.title)", Self.palette[index % Self.palette.count])
        }
        let perspectives = framework.perspectives.enumerated().map { index, perspective in
            code("perspective", perspective.id, perspective.title, Self.palette[(index + 5) % Self.palette.count])
        }
        let tagNames = Library.tags(of: entries)
        let tags = tagNames.map { code("tag", $0, $0, "#7F7F7F") }
        let kinds = EntryKind.allCases.map { code("kind", $0.rawValue, Self.kindName($0, english: english), "#4D4D4D") }
        codes = [
            Code(guid: QDAGUID.make("group", "lessons"), name: lessonGroup, color: nil, children: lessons),
            Code(guid: QDAGUID.make("group", "perspectives"), name: perspectiveGroup, color: nil, children: perspectives),
            Code(guid: QDAGUID.make("group", "tags"), name: "Tags", color: nil, children: tags),
            Code(guid: QDAGUID.make("group", "kinds"), name: kindGroup, color: nil, children: kinds),
        ].filter { !$0.children.isEmpty }

        let date = Variable(guid: QDAGUID.make("variable", "date"), name: english ? "Date" : "Datum", type: "Date")
        let place = Variable(guid: QDAGUID.make("variable", "place"), name: english ? "Place" : "Plaats", type: "Text")
        let organizations = Variable(
            guid: QDAGUID.make("variable", "organizations"), name: english ? "Organisations" : "Organisaties", type: "Text")
        let questions = framework.questions.map { question in
            Variable(
                guid: QDAGUID.make("variable", "answers.\(question.id)"), name: question.id, type: Self.type(of: question),
                description: question.prompt)
        }
        variables = [date, place, organizations] + questions

        let lessonCodes = Dictionary(uniqueKeysWithValues: zip(framework.lessons.map(\.id), lessons.map(\.guid)))
        let perspectiveCodes = Dictionary(uniqueKeysWithValues: zip(framework.perspectives.map(\.id), perspectives.map(\.guid)))
        let tagCodes = Dictionary(uniqueKeysWithValues: zip(tagNames, tags.map(\.guid)))
        let kindCodes = Dictionary(uniqueKeysWithValues: zip(EntryKind.allCases, kinds.map(\.guid)))
        let sources = entries.map { entry in
            let codes =
                entry.lessons.compactMap { lessonCodes[$0] } + entry.perspectives.compactMap { perspectiveCodes[$0] }
                + entry.tags.compactMap { tagCodes[$0] } + [kindCodes[entry.kind]].compactMap { $0 }
            var values = [Value(variable: date.guid, type: date.type, value: entry.date.description)]
            if let value = entry.place { values.append(Value(variable: place.guid, type: place.type, value: value)) }
            if !entry.organizations.isEmpty {
                values.append(
                    Value(variable: organizations.guid, type: organizations.type, value: entry.organizations.joined(separator: "; ")))
            }
            for (question, variable) in zip(framework.questions, questions) {
                guard let answer = entry.answers[question.id], let value = Self.value(answer, of: question) else { continue }
                values.append(Value(variable: variable.guid, type: variable.type, value: value))
            }
            return Source(
                guid: QDAGUID.story(entry.id), id: entry.id, name: entry.title,
                text: entry.body.trimmingBlankEnds,
                codes: codes, values: values)
        }
        self.sources = sources
        if privacy.usesPseudonyms {
            cases = []
        } else {
            let byTeller = Dictionary(grouping: sources.indices) { entries[$0].teller }
            cases = byTeller.keys.sorted().map { teller in
                Case(guid: QDAGUID.make("case", teller), name: teller, sources: byTeller[teller]!.map { sources[$0].guid })
            }
        }
    }

    static let palette = ["#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B", "#E377C2", "#17BECF"]

    static func kindName(_ kind: EntryKind, english: Bool) -> String {
        switch kind {
        case .travelLog: english ? "Travel log" : "Reisverslag"
        case .anecdote: english ? "Anecdote" : "Anekdote"
        case .quote: english ? "Quote" : "Citaat"
        }
    }

    /// A scale is an integer, yes/no a boolean, the rest text.
    static func type(of question: Question) -> String {
        switch question.type {
        case .scale: "Integer"
        case .yesno: "Boolean"
        case .choice, .choices, .text: "Text"
        }
    }

    /// A choice as its option's title; several joined by `; `.
    static func value(_ answer: Answer, of question: Question) -> String? {
        switch answer {
        case .scale(let value): "\(value)"
        case .yesno(let value): value ? "true" : "false"
        case .choice(let id): question.options.first { $0.id == id }?.title ?? id
        case .choices(let ids): ids.map { id in question.options.first { $0.id == id }?.title ?? id }.joined(separator: "; ")
        case .text(let text): text
        }
    }
}
