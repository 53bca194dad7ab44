import Foundation

/// A filter over entries. All given conditions must hold (AND). Within one condition, list
/// fields (lessons, perspectives, tags) need every value given; single-valued fields (kind,
/// teller, visit) need one of them.
public struct EntryQuery: Sendable, Equatable {
    /// Lesson ids (resolve numbers with `Framework.lessonID(for:)` first).
    public var lessons: [String] = []
    public var perspectives: [String] = []
    public var tags: [String] = []
    public var kinds: [EntryKind] = []
    public var tellers: [String] = []
    public var visits: [String] = []
    /// Inclusive lower bound on the date.
    public var since: LocalDate?
    /// Inclusive upper bound on the date.
    public var until: LocalDate?
    /// Words that must begin words of the title, text, tags, organisations or place (`TextSearch`).
    public var text: String?
    /// Conditions on answers to the story questions; all must hold.
    public var answers: [AnswerCondition] = []
    /// When false, list fields need only one of the values given (compositions use this).
    public var requiresAllListValues = true

    public init() {}

    public func matches(_ entry: Entry) -> Bool {
        func hasAll(_ wanted: [String], in values: [String]) -> Bool {
            let has = { (want: String) in values.contains { $0.caseInsensitiveCompare(want) == .orderedSame } }
            return wanted.isEmpty || (requiresAllListValues ? wanted.allSatisfy(has) : wanted.contains(where: has))
        }
        func isOne(_ value: String?, of wanted: [String]) -> Bool {
            wanted.isEmpty || wanted.contains { $0.caseInsensitiveCompare(value ?? "") == .orderedSame }
        }
        guard hasAll(lessons, in: entry.lessons),
            hasAll(perspectives, in: entry.perspectives),
            hasAll(tags, in: entry.tags),
            kinds.isEmpty || kinds.contains(entry.kind),
            isOne(entry.teller, of: tellers),
            isOne(entry.visit, of: visits)
        else { return false }
        if let since, entry.date < since { return false }
        if let until, entry.date > until { return false }
        if let text, !TextSearch.matches(entry, text) { return false }
        if !answers.allSatisfy({ $0.matches(entry) }) { return false }
        return true
    }

    /// The matching entries, in the order given.
    public func filter(_ entries: [Entry]) -> [Entry] {
        isEmpty ? entries : entries.filter(matches)
    }

    /// True when the query asks for nothing, so every entry matches.
    public var isEmpty: Bool {
        lessons.isEmpty && perspectives.isEmpty && tags.isEmpty && kinds.isEmpty && tellers.isEmpty && visits.isEmpty
            && since == nil && until == nil && (text ?? "").isEmpty && answers.isEmpty
    }
}
