import Foundation

/// What `edit` changes in an entry; everything left nil or empty stays as it is.
public struct EntryChanges: Sendable, Equatable {
    public var addTags: [String] = []
    public var removeTags: [String] = []
    public var addLessons: [String] = []
    public var removeLessons: [String] = []
    public var addPerspectives: [String] = []
    public var removePerspectives: [String] = []
    public var addOrganizations: [String] = []
    public var removeOrganizations: [String] = []
    public var title: String?
    public var date: LocalDate?
    public var share: ShareLevel?
    /// The story's text, replacing the whole body.
    public var text: String?
    /// A new place, visit, teller or speaker; an empty text removes the field (not the teller).
    public var place: String?
    public var visit: String?
    public var teller: String?
    public var speaker: String?
    public var addPeople: [String] = []
    public var removePeople: [String] = []
    /// Consent to set, by name; each replaces what was recorded for that person.
    public var setConsent: [String: Consent] = [:]
    /// Answers to set: each replaces the question's answer.
    public var setAnswers: [QuestionAnswer] = []
    /// Questions whose answer is removed ("not applicable").
    public var clearAnswers: [String] = []

    public init() {}

    public var role: String?
    public var source: String?

    /// The changes that make `entry` say what `draft` says, field by field: what the web's edit
    /// form (a filled-in record form) asks. The kind, the teller and every field the draft does
    /// not hold (people, fields Verhaal does not know) stay as they are.
    public init(changing entry: Entry, to draft: EntryDraft) {
        func difference(_ old: [String], _ new: [String]) -> (add: [String], remove: [String]) {
            let lowerOld = Set(old.map { $0.lowercased() })
            let lowerNew = Set(new.map { $0.lowercased() })
            return (new.filter { !lowerOld.contains($0.lowercased()) }, old.filter { !lowerNew.contains($0.lowercased()) })
        }
        (addTags, removeTags) = difference(entry.tags, draft.tags)
        (addLessons, removeLessons) = difference(entry.lessons, draft.lessons)
        (addPerspectives, removePerspectives) = difference(entry.perspectives, draft.perspectives)
        (addOrganizations, removeOrganizations) = difference(entry.organizations, draft.organizations)
        title = draft.title == entry.title ? nil : draft.title
        date = draft.date == entry.date ? nil : draft.date
        share = draft.share == entry.share ? nil : ShareLevel(rawValue: draft.shareText)
        text = draft.body.trimmingCharacters(in: .newlines) == entry.body.trimmingCharacters(in: .newlines) ? nil : draft.body
        place = draft.place ?? "" == entry.place ?? "" ? nil : draft.place ?? ""
        visit = entry.kind == .travelLog || draft.visit ?? "" == entry.visit ?? "" ? nil : draft.visit ?? ""
        speaker = draft.speaker ?? "" == entry.speaker ?? "" ? nil : draft.speaker ?? ""
        role = draft.role ?? "" == entry.role ?? "" ? nil : draft.role ?? ""
        source = draft.source ?? "" == entry.source ?? "" ? nil : draft.source ?? ""
        let answered = Set(draft.answers.map(\.question))
        setAnswers = draft.answers.filter { entry.answers[$0.question]?.yamlText != $0.values }
        clearAnswers = entry.answers.keys.filter { !answered.contains($0) }.sorted()
        setConsent = draft.consent.filter { entry.consent[$0.key]?.level != $0.value.level }
    }

    /// True when nothing would change.
    public var isEmpty: Bool { self == EntryChanges() }

    /// Applies a list change: removals first, then additions not already present, in order.
    static func apply(to list: [String], adding: [String], removing: [String]) -> [String] {
        var result = list.filter { item in
            !removing.contains { $0.caseInsensitiveCompare(item) == .orderedSame }
        }
        for item in adding where !result.contains(where: { $0.caseInsensitiveCompare(item) == .orderedSame }) {
            result.append(item)
        }
        return result
    }
}
