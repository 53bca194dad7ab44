import Mustache
import VerhaalKit

/// What the record form offers a member from the library: the visits a story may belong to
/// and the tags in use, as HTML options, and the member's last answers about themselves. Made
/// once for each member and kept until the library changes (`LiveLibrary.remembered`): at
/// 10,000 entries, a thousand visits made most of the form's time. The options are rendered by
/// Mustache, which escapes them as on any page.
struct RecordSuggestions {
    private var visitOptionsHTML: String
    private var visitIDs: Set<String>
    var tagOptionsHTML: String
    /// The member's answers about themselves in their most recent entry that has any.
    var tellerAnswers: [String: Answer]

    init(library: Library, member: Member, templates: MustacheLibrary) {
        let visible = VisibleEntries(library: library, member: member)
        let travelLogs = visible.entries.filter { $0.kind == .travelLog }
        visitIDs = Set(travelLogs.map(\.id))
        let visits = travelLogs.map { VisitOption(id: $0.id, label: "\($0.date) · \($0.title)") }
        visitOptionsHTML =
            templates.render(["visits": TemplateValues.of(visits) ?? []], withTemplate: RecordTemplate.visitOptionsName) ?? ""
        let tags = library.tags(visibleTo: visible.readership)
        tagOptionsHTML = templates.render(["tags": tags], withTemplate: RecordTemplate.tagOptionsName) ?? ""
        let tellerQuestions = Set(library.framework.questions.filter { $0.about == .teller }.map(\.id))
        let own = library.entries.filter { $0.teller.caseInsensitiveCompare(member.name) == .orderedSame }
        let latest = own.reversed().first { !Set($0.answers.keys).isDisjoint(with: tellerQuestions) }
        tellerAnswers = latest?.answers.filter { tellerQuestions.contains($0.key) } ?? [:]
    }

    /// The visits as `<option>`s, with `selected` on the one a refused form had chosen. Entry
    /// ids are letters, digits and hyphens, which HTML escaping leaves as they are.
    func visitOptionsHTML(selecting visit: String?) -> String {
        guard let visit, visitIDs.contains(visit) else { return visitOptionsHTML }
        let option = "<option value=\"\(visit)\">"
        guard let range = visitOptionsHTML.range(of: option) else { return visitOptionsHTML }
        return visitOptionsHTML.replacingCharacters(in: range, with: "<option value=\"\(visit)\" selected>")
    }
}

/// A travel-log entry as a visit the record form offers.
struct VisitOption: Encodable, Sendable {
    var id: String
    var label: String
}
