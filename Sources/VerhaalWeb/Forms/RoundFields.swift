import VerhaalKit

/// The form that opens a round, as posted: its name, panel and date, and where the candidates
/// come from (a closed round's choices, or filters over the library).
struct OpenRoundFields: Decodable, CSRFProtected, Sendable {
    var csrf: String?
    var naam: String?
    var panel: String?
    var datum: String?
    var na: String?
    var les: String?
    var perspectief: String?
    var soort: String?
    var tag: String?
    var vanaf: String?
    var tot: String?
    var tekst: String?

    /// A field as typed, without the spaces around it; nil when empty.
    static func filled(_ value: String?) -> String? {
        let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The filters as a query, or the names of the date fields that are no date.
    func query(framework: Framework) -> (query: EntryQuery, badDates: [String]) {
        var query = EntryQuery()
        var badDates: [String] = []
        if let lesson = Self.filled(les).flatMap(framework.lesson(matching:)) { query.lessons = [lesson.id] }
        if let perspective = Self.filled(perspectief).flatMap(framework.perspective(matching:)) { query.perspectives = [perspective.id] }
        if let kind = Self.filled(soort).flatMap(EntryKind.init(rawValue:)) { query.kinds = [kind] }
        if let tag = Self.filled(tag) { query.tags = [tag] }
        if let text = Self.filled(tekst) { query.text = text }
        for (field, value) in [("vanaf", vanaf), ("tot", tot)] {
            guard let written = Self.filled(value) else { continue }
            guard let date = LocalDate(written) else {
                badDates.append(field)
                continue
            }
            if field == "vanaf" { query.since = date } else { query.until = date }
        }
        return (query, badDates)
    }
}

/// The form that records a panel's choice in one domain, as posted. The story is an id, or
/// `noChoiceValue` for "geen keuze".
struct PickFields: Decodable, CSRFProtected, Sendable {
    static let noChoiceValue = "-"

    var csrf: String?
    var domein: String?
    var verhaal: String?
    var reden: String?
    var anders: String?
    /// "ja" on the form that changes a choice: the earlier one is kept as replaced.
    var opnieuw: String?
}

/// The form that closes a round: nothing but the CSRF token.
struct CloseRoundFields: Decodable, CSRFProtected, Sendable {
    var csrf: String?
}
