import Foundation
import Hummingbird
import VerhaalKit

/// The form to record an anecdote, a quote or a travel-log entry, and its submission.
struct RecordPage {
    let site: Site

    /// The kind in a URL: the Dutch word, as the folders are named.
    static func slug(of kind: EntryKind) -> String {
        switch kind {
        case .travelLog: "reisverslag"
        case .anecdote: "anekdote"
        case .quote: "citaat"
        }
    }

    func register(on router: Router<WebContext>) {
        router.get("/vertellen") { _, context in
            try render(kind: .anecdote, fields: nil, problems: [], session: context.requireSession())
        }
        router.get("/vertellen/:kind") { _, context in
            try render(kind: kind(in: context), fields: nil, problems: [], session: context.requireSession())
        }
        router.post("/vertellen/:kind") { request, context in
            let kind = try kind(in: context)
            let session = try context.requireSession()
            let fields = try await FormReader.decodeChecked(RecordFields.self, from: request, context: context, site: site)
            let framework = site.store.loadSettings().0.framework
            let form = RecordForm(kind: kind, fields: fields, member: session.member, framework: framework, strings: site.strings())
            let (draft, problems) = form.draft(checkedBy: site.store)
            guard let draft else {
                return render(kind: kind, fields: fields, problems: problems, session: session, status: .unprocessableContent)
            }
            do {
                let entry = try site.store.add(draft)
                return Response(status: .seeOther, headers: [.location: "/verhalen/\(entry.id)?bewaard=1"])
            } catch let error as VerhaalError {
                let problem = RecordForm.Problem(field: nil, message: error.message + (error.hint.map { " (\($0))" } ?? ""))
                return render(kind: kind, fields: fields, problems: [problem], session: session, status: .unprocessableContent)
            }
        }
    }

    private func kind(in context: WebContext) throws -> EntryKind {
        guard let text = context.parameters.get("kind"), text.count < 20, let kind = EntryKind(argumentText: text) else {
            throw HTTPError(.notFound)
        }
        return kind
    }

    private func render(kind: EntryKind, fields: RecordFields?, problems: [RecordForm.Problem], session: MemberSession,
                        status: HTTPResponse.Status = .ok) -> Response {
        let strings = site.strings()
        let library = site.library()
        let labels = strings.record
        func problem(_ field: String) -> String? {
            let messages = problems.filter { $0.field == field }.map(\.message)
            return messages.isEmpty ? nil : messages.joined(separator: " ")
        }
        func input(_ id: String, _ label: String, type: String = "text", value: String?, hint: String? = nil,
                   required: Bool = false, list: String? = nil) -> [String: Any] {
            var field: [String: Any] = ["id": id, "label": label, "type": type, "value": value ?? ""]
            if let hint { field["hint"] = hint }
            if required { field["required"] = true }
            if let list { field["list"] = list }
            if let error = problem(id) { field["error"] = error }
            return field
        }
        var inputs = [
            input(EntryFields.title, labels.title, value: fields?.title, required: true),
            input(EntryFields.date, labels.date, type: "date", value: fields?.date ?? LocalDate.today().description,
                  hint: labels.dateHint),
        ]
        if kind == .quote {
            inputs.append(input(EntryFields.speaker, labels.speaker, value: fields?.speaker, required: true))
            inputs.append(input(EntryFields.role, labels.role, value: fields?.role))
            inputs.append(input(EntryFields.source, labels.source, value: fields?.source))
        }
        inputs.append(input(EntryFields.place, labels.place, value: fields?.place))
        inputs.append(input(EntryFields.organizations, labels.organizations, value: fields?.organizations,
                            hint: labels.organizationsHint))
        var text = input(DraftProblem.textField, labels.text, value: fields?.text, hint: labels.textHint)
        text["isTextArea"] = true
        inputs.append(text)
        inputs.append(input(EntryFields.tags, labels.tags, value: fields?.tags, hint: labels.tagsHint, list: "bestaande-tags"))

        let framework = library.framework
        let chosenLessons = Set((fields?.lessons ?? []).compactMap { framework.lesson(matching: $0)?.id })
        let chosenPerspectives = Set((fields?.perspectives ?? []).compactMap { framework.perspective(matching: $0)?.id })
        let chosenShare = fields?.share ?? ShareLevel.network.rawValue
        func group(_ id: String, legend: String, type: String, name: String, options: [[String: Any]]) -> [String: Any] {
            var group: [String: Any] = ["id": id, "legend": legend, "options": options.map {
                $0.merging(["type": type, "name": name, "group": id]) { first, _ in first }
            }]
            if let error = problem(id) { group["error"] = error }
            return group
        }
        let groups = [
            group(EntryFields.lessons, legend: labels.lessons, type: "checkbox", name: "lessons[]", options: framework.lessons.map {
                ["value": $0.id, "title": "\($0.number). \($0.title)", "summary": $0.summary.firstSentence, "checked": chosenLessons.contains($0.id)]
            }),
            group(EntryFields.perspectives, legend: labels.perspectives, type: "checkbox", name: "perspectives[]",
                  options: framework.perspectives.map {
                      ["value": $0.id, "title": $0.title, "summary": $0.summary.firstSentence, "checked": chosenPerspectives.contains($0.id)]
                  }),
            group(EntryFields.share, legend: labels.share, type: "radio", name: "share", options: ShareLevel.allCases.map {
                ["value": $0.rawValue, "title": strings.shareNames[$0.rawValue] ?? $0.rawValue,
                 "summary": strings.sharePromises[$0.rawValue] ?? $0.promise, "checked": chosenShare == $0.rawValue]
            }),
        ]
        let visible = VisibleEntries(library: library, member: session.member)
        let visits: [[String: Any]] = visible.entries.filter { $0.kind == .travelLog }.map {
            ["id": $0.id, "label": "\($0.date) · \($0.title)", "selected": $0.id == fields?.visit]
        }
        var values: [String: Any] = [
            "heading": strings.recordTitles[kind.rawValue] ?? "",
            "tellerLine": labels.teller.filled(with: session.member.name),
            "action": "/vertellen/\(Self.slug(of: kind))",
            "kinds": EntryKind.allCases.map {
                ["slug": Self.slug(of: $0), "label": strings.kinds[$0.rawValue] ?? $0.rawValue, "current": $0 == kind]
            },
            "fields": inputs,
            "choiceGroups": groups,
            "showVisit": kind != .travelLog,
            "visits": visits,
            "tagSuggestions": Library.tags(of: visible.entries),
            "hasProblems": !problems.isEmpty,
            "problems": problems.map { problem -> [String: Any] in
                var item: [String: Any] = ["message": problem.message]
                if let field = problem.field {
                    item["field"] = field
                    item["label"] = label(of: field, strings: strings)
                }
                return item
            },
        ]
        if let error = problem(EntryFields.visit) { values["visitError"] = error }
        // After a submit that could not be saved, the text as it will look.
        if let text = fields?.text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            values["previewHTML"] = Markdown.html(from: text)
        }
        return PageRenderer(site: site, session: session).render(
            .record, title: strings.recordTitles[kind.rawValue] ?? "", section: .record, status: status, values)
    }

    private func label(of field: String, strings: WebStrings) -> String {
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
        case DraftProblem.textField: return labels.text
        default: return field
        }
    }
}
