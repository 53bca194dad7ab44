import Foundation
import VerhaalKit

/// Turns the posted record form into a draft entry, with the problems of each field: first the
/// form's own (in the page's language), then everything `check` would report.
struct RecordForm {
    let kind: EntryKind
    let fields: RecordFields
    let member: Member
    let framework: Framework
    let strings: WebStrings

    /// A problem shown next to `field` (an input's id), or at the top when `field` is nil.
    struct Problem {
        var field: String?
        var message: String
    }

    /// The draft to write, or the problems that keep it from being written.
    func draft(checkedBy store: LibraryStore) -> (draft: EntryDraft?, problems: [Problem]) {
        var problems: [Problem] = []
        // Counted on the raw input, before anything is split, written or parsed: a form with
        // 150,000 tags costs no more than a short one.
        let listCounts = [
            (EntryFields.tags, RecordFields.itemCount(fields.tags)),
            (EntryFields.organizations, RecordFields.itemCount(fields.organizations)),
            (EntryFields.lessons, fields.lessons?.count ?? 0),
            (EntryFields.perspectives, fields.perspectives?.count ?? 0),
        ]
        for (field, count) in listCounts {
            if let tooMany = ReadingLimits.listCountProblem(key: field, count: count) {
                problems.append(Problem(field: field, message: tooMany.summary + " (\(tooMany.hint))"))
            }
        }
        guard problems.isEmpty else { return (nil, problems) }
        let messages = FormMessages(language: strings.lang)
        let title = clean(fields.title) ?? ""
        if title.isEmpty { problems.append(Problem(field: EntryFields.title, message: messages.titleMissing)) }
        let dateText = clean(fields.date) ?? ""
        let date = dateText.isEmpty ? LocalDate.today() : LocalDate(dateText)
        if date == nil { problems.append(Problem(field: EntryFields.date, message: messages.dateInvalid)) }
        if kind == .quote && clean(fields.speaker) == nil {
            problems.append(Problem(field: EntryFields.speaker, message: messages.speakerMissing))
        }
        let share = ShareLevel(rawValue: fields.share ?? ShareLevel.network.rawValue)
        if share == nil { problems.append(Problem(field: EntryFields.share, message: messages.shareInvalid)) }
        let lessons = fields.lessons ?? []
        if lessons.contains(where: { framework.lesson(matching: $0) == nil }) {
            problems.append(Problem(field: EntryFields.lessons, message: messages.unknownChoice))
        }
        let perspectives = fields.perspectives ?? []
        if perspectives.contains(where: { framework.perspective(matching: $0) == nil }) {
            problems.append(Problem(field: EntryFields.perspectives, message: messages.unknownChoice))
        }

        var draft = EntryDraft(kind: kind, title: title.isEmpty ? "?" : title, date: date ?? .today(), teller: member.name)
        draft.place = clean(fields.place)
        draft.visit = kind == .travelLog ? nil : clean(fields.visit)
        draft.organizations = RecordFields.items(fields.organizations)
        draft.lessons = lessons.compactMap { framework.lesson(matching: $0)?.id }
        draft.perspectives = perspectives.compactMap { framework.perspective(matching: $0)?.id }
        draft.tags = RecordFields.items(fields.tags)
        draft.share = share ?? .network
        draft.speaker = clean(fields.speaker)
        draft.role = clean(fields.role)
        draft.source = clean(fields.source)
        draft.body = (fields.text ?? "").replacingOccurrences(of: "\r\n", with: "\n")

        // Everything else exactly as `check` sees it; a field the form already complained
        // about is not reported twice.
        let reported = Set(problems.compactMap(\.field))
        for problem in store.problems(with: draft, for: .member(member.name)) {
            // The kind is not an input: what it requires (a quote's speaker) is reported on its
            // line, and belongs next to the field that gives it.
            let field = problem.field == EntryFields.kind && kind == .quote ? EntryFields.speaker : problem.field
            guard !reported.contains(field ?? "") else { continue }
            let diagnostic = problem.diagnostic
            let message = diagnostic.summary + (diagnostic.hint.map { " (\($0))" } ?? "")
            problems.append(Problem(field: field, message: message))
        }
        return (problems.isEmpty ? draft : nil, problems)
    }

    private func clean(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}

/// The form's own messages.
struct FormMessages {
    var titleMissing, dateInvalid, speakerMissing, shareInvalid, unknownChoice: String

    init(language: String) {
        if language == "en" {
            titleMissing = "Give the story a title."
            dateInvalid = "Write the date as YYYY-MM-DD, for a day that exists, e.g. 2019-06-12."
            speakerMissing = "Say who said it."
            shareInvalid = "Choose who may read it."
            unknownChoice = "Choose from the list."
        } else {
            titleMissing = "Geef het verhaal een titel."
            dateInvalid = "Schrijf de datum als JJJJ-MM-DD, voor een dag die bestaat, bijvoorbeeld 2019-06-12."
            speakerMissing = "Vul in wie het zei."
            shareInvalid = "Kies wie het mag lezen."
            unknownChoice = "Kies uit de lijst."
        }
    }
}
