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
    /// Answers to set: each replaces the question's answer.
    public var setAnswers: [QuestionAnswer] = []
    /// Questions whose answer is removed ("not applicable").
    public var clearAnswers: [String] = []

    public init() {}

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
