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
            let settings = site.store.loadSettings().0
            let form = RecordForm(kind: kind, fields: fields, member: session.member, framework: settings.framework,
                                  strings: WebStrings.forLanguage(settings.language))
            let (draft, problems) = form.draft(checkedBy: site.store)
            guard let draft else {
                return render(kind: kind, fields: fields, problems: problems, session: session, status: .unprocessableContent)
            }
            do {
                let entry = try site.store.add(draft, for: .member(session.member.name))
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
        let page = PageRenderer(site: site, session: session)
        let strings = page.strings
        let view = RecordFormView(kind: kind, fields: fields, problems: problems, member: session.member,
                                  library: site.library(), strings: strings)
        return page.render(
            .record, title: strings.recordTitles[kind.rawValue] ?? "", section: .record, status: status, view.values())
    }
}
