import Foundation
import VerhaalKit

/// What the record form shows: every input with its label, hint, value and error, the
/// lessons, perspectives and share levels as choices, the visits, the tag suggestions, and the
/// problems that kept the last submit from being saved.
struct RecordFormView {
    let kind: EntryKind
    /// What was submitted, to show again; nil for an empty form.
    let fields: RecordFields?
    let problems: [RecordForm.Problem]
    let member: Member
    let library: Library
    let strings: WebStrings

    /// The template's values.
    func values() -> [String: Any] {
        let visible = VisibleEntries(library: library, member: member)
        var values: [String: Any] = [
            "heading": strings.recordTitles[kind.rawValue] ?? "",
            "tellerLine": strings.record.teller.filled(with: member.name),
            "action": "/vertellen/\(RecordPage.slug(of: kind))",
            "kinds": EntryKind.allCases.map {
                ["slug": RecordPage.slug(of: $0), "label": strings.kinds[$0.rawValue] ?? $0.rawValue, "current": $0 == kind]
            },
            "fields": inputs(),
            "choiceGroups": choiceGroups(),
            "showVisit": kind != .travelLog,
            "visits": visible.entries.filter { $0.kind == .travelLog }.map {
                ["id": $0.id, "label": "\($0.date) · \($0.title)", "selected": $0.id == fields?.visit]
            },
            "tagSuggestions": Library.tags(of: visible.entries),
            "hasProblems": !problems.isEmpty,
            "problems": problems.map { problem -> [String: Any] in
                var item: [String: Any] = ["message": problem.message]
                if let field = problem.field {
                    item["field"] = field
                    item["label"] = label(of: field)
                }
                return item
            },
        ]
        if let error = problem(EntryFields.visit) { values["visitError"] = error }
        // After a submit that could not be saved, the text as it will look.
        if let text = fields?.text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            values["previewHTML"] = Markdown.html(from: text)
        }
        return values
    }

    /// The text inputs in the form's order; a quote also asks who said it.
    private func inputs() -> [[String: Any]] {
        let labels = strings.record
        var inputs = [
            input(EntryFields.title, value: fields?.title, required: true),
            input(EntryFields.date, type: "date", value: fields?.date ?? LocalDate.today().description, hint: labels.dateHint),
        ]
        if kind == .quote {
            inputs.append(input(EntryFields.speaker, value: fields?.speaker, required: true))
            inputs.append(input(EntryFields.role, value: fields?.role))
            inputs.append(input(EntryFields.source, value: fields?.source))
        }
        inputs.append(input(EntryFields.place, value: fields?.place))
        inputs.append(input(EntryFields.organizations, value: fields?.organizations, hint: labels.organizationsHint))
        var text = input(Diagnostic.textField, value: fields?.text, hint: labels.textHint)
        text["isTextArea"] = true
        inputs.append(text)
        inputs.append(input(EntryFields.tags, value: fields?.tags, hint: labels.tagsHint, list: "bestaande-tags"))
        return inputs
    }

    private func input(_ id: String, type: String = "text", value: String?, hint: String? = nil,
                       required: Bool = false, list: String? = nil) -> [String: Any] {
        var field: [String: Any] = ["id": id, "label": label(of: id), "type": type, "value": value ?? ""]
        if let hint { field["hint"] = hint }
        if required { field["required"] = true }
        if let list { field["list"] = list }
        if let error = problem(id) { field["error"] = error }
        return field
    }

    /// Lessons and perspectives as checkboxes, the share level as radio buttons; each choice
    /// with its title and one sentence.
    private func choiceGroups() -> [[String: Any]] {
        let framework = library.framework
        let lessons = Set((fields?.lessons ?? []).compactMap { framework.lesson(matching: $0)?.id })
        let perspectives = Set((fields?.perspectives ?? []).compactMap { framework.perspective(matching: $0)?.id })
        let share = fields?.share ?? ShareLevel.network.rawValue
        return [
            group(EntryFields.lessons, type: "checkbox", name: "lessons[]", options: framework.lessons.map {
                ["value": $0.id, "title": $0.label, "summary": $0.summary.firstSentence,
                 "checked": lessons.contains($0.id)]
            }),
            group(EntryFields.perspectives, type: "checkbox", name: "perspectives[]", options: framework.perspectives.map {
                ["value": $0.id, "title": $0.title, "summary": $0.summary.firstSentence, "checked": perspectives.contains($0.id)]
            }),
            group(EntryFields.share, type: "radio", name: "share", options: ShareLevel.allCases.map {
                ["value": $0.rawValue, "title": strings.shareNames[$0.rawValue] ?? $0.rawValue,
                 "summary": strings.sharePromises[$0.rawValue] ?? $0.promise, "checked": share == $0.rawValue]
            }),
        ]
    }

    private func group(_ id: String, type: String, name: String, options: [[String: Any]]) -> [String: Any] {
        var group: [String: Any] = ["id": id, "legend": label(of: id), "options": options.map {
            $0.merging(["type": type, "name": name, "group": id]) { first, _ in first }
        }]
        if let error = problem(id) { group["error"] = error }
        return group
    }

    /// Every problem with this field, as one text; nil when there is none.
    private func problem(_ field: String) -> String? {
        let messages = problems.filter { $0.field == field }.map(\.message)
        return messages.isEmpty ? nil : messages.joined(separator: " ")
    }

    private func label(of field: String) -> String {
        let labels = strings.record
        switch field {
        case EntryFields.title: return labels.title
        case EntryFields.date: return labels.date
        case EntryFields.place: return labels.place
        case EntryFields.visit: return labels.visit
        case EntryFields.organizations: return labels.organizations
        case EntryFields.speaker: return labels.speaker
        case EntryFields.role: return labels.role
        case EntryFields.source: return labels.source
        case EntryFields.lessons: return labels.lessons
        case EntryFields.perspectives: return labels.perspectives
        case EntryFields.tags: return labels.tags
        case EntryFields.share: return labels.share
        case Diagnostic.textField: return labels.text
        default: return field
        }
    }
}
