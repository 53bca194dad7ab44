import Foundation
import VerhaalKit

/// Turns the posted record form into a draft entry and the problems that keep it from being
/// written. The form has no rule of its own beyond reading its inputs: the draft is judged and
/// written by the library (`LibraryStore.submit`, the parser `check` uses, once), and each
/// diagnostic is shown next to its field in the page's words (`FormMessages`).
struct RecordForm {
    let kind: EntryKind
    let fields: RecordFields
    let answers: AnswerInputs
    let member: Member
    let framework: Framework
    let strings: WebStrings

    /// A problem shown next to `field` (an input's id), or at the top when `field` is nil.
    struct Problem {
        var field: String?
        var message: String
    }

    /// The draft to submit, or the problems of its inputs that keep it from being made.
    func draft() -> (draft: EntryDraft?, problems: [Problem]) {
        let messages = FormMessages(language: strings.lang)
        // Counted on the raw input, before anything is split, written or parsed: a form with
        // 150,000 tags costs no more than a short one.
        let listCounts = [
            (EntryFields.tags, RecordFields.itemCount(fields.tags)),
            (EntryFields.organizations, RecordFields.itemCount(fields.organizations)),
            (EntryFields.lessons, fields.lessons?.count ?? 0),
            (EntryFields.perspectives, fields.perspectives?.count ?? 0),
        ]
        let tooMany = listCounts.compactMap { field, count in
            ReadingLimits.listCountProblem(key: field, count: count).map { _ in
                Problem(field: field, message: messages.tooManyValues)
            }
        }
        guard tooMany.isEmpty else { return (nil, tooMany) }

        let dateText = clean(fields.date) ?? LocalDate.today().description
        var draft = EntryDraft(kind: kind, title: clean(fields.title) ?? "", dateText: dateText, teller: member.name)
        draft.place = clean(fields.place)
        draft.visit = kind == .travelLog ? nil : clean(fields.visit)
        draft.organizations = RecordFields.items(fields.organizations)
        // A number or an id; anything else is passed on as it is, for the parser to judge.
        draft.lessons = (fields.lessons ?? []).map { framework.lesson(matching: $0)?.id ?? $0 }
        draft.perspectives = (fields.perspectives ?? []).map { framework.perspective(matching: $0)?.id ?? $0 }
        draft.tags = RecordFields.items(fields.tags)
        draft.shareText = clean(fields.share) ?? ShareLevel.network.rawValue
        draft.speaker = clean(fields.speaker)
        draft.role = clean(fields.role)
        draft.source = clean(fields.source)
        draft.body = (fields.text ?? "").replacingOccurrences(of: "\r\n", with: "\n")
        draft.answers = framework.questions.compactMap(answers.answer(to:))
        if let speaker = draft.speaker, let level = clean(fields.consent).flatMap(Consent.Level.init(rawValue:)) {
            draft.consent[speaker] = Consent(level: level, date: LocalDate.today())
        }
        return (draft, [])
    }

    /// The library's diagnostics of a refused draft, each next to its field in the page's words:
    /// one message per field, the first problem with it being the one to fix.
    func problems(from diagnostics: [Diagnostic]) -> [Problem] {
        let messages = FormMessages(language: strings.lang)
        var shown = Set<String>()
        return diagnostics.compactMap { diagnostic -> Problem? in
            guard shown.insert(diagnostic.field ?? "").inserted || diagnostic.field == nil else { return nil }
            return Problem(field: diagnostic.field, message: messages.message(for: diagnostic))
        }
    }

    private func clean(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
