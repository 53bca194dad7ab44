import Foundation
import Hummingbird
import NIOPosix
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
            try await renderNew(kind: .anecdote, page: site.page(for: context))
        }
        router.get("/vertellen/:kind") { _, context in
            try await renderNew(kind: kind(in: context), page: site.page(for: context))
        }
        router.post("/vertellen/:kind") { request, context in
            let kind = try kind(in: context)
            let page = try site.page(for: context)
            let member = try page.member
            let (fields, pairs) = try await FormReader.decodeCheckedWithPairs(
                RecordFields.self, from: request, context: context, site: site)
            let answers = AnswerInputs(pairs: pairs)
            let store = site.store
            let form = RecordForm(
                kind: kind, fields: fields, answers: answers, member: member, framework: store.loadSettings().0.framework,
                strings: page.strings)
            // Checking and writing touch the disk: off the event loops.
            let outcome = try await NIOThreadPool.singleton.runIfActive { () -> Result<Entry, RecordFailure> in
                let (draft, problems) = form.draft()
                guard let draft else { return .failure(RecordFailure(problems: problems)) }
                switch store.submit(draft, for: .member(member.name)) {
                case .success(let submitted): return .success(submitted.entry)
                case .failure(.problems(let diagnostics)): return .failure(RecordFailure(problems: form.problems(from: diagnostics)))
                case .failure(.notWritten(let error)):
                    let message = FormMessages(language: page.strings.lang).notWritten(error)
                    return .failure(RecordFailure(problems: [RecordForm.Problem(field: nil, message: message)]))
                }
            }
            site.noteChange()
            switch outcome {
            case .success(let entry):
                let problem = await site.commit(paths: [entry.path], by: member, .newStory(title: entry.title))
                return Response(
                    status: .seeOther, headers: [.location: "/verhalen/\(entry.id)?bewaard=1" + (problem == nil ? "" : "&nietvastgelegd=1")]
                )
            case .failure(let failure):
                return try await render(
                    kind: kind, fields: fields, answers: answers, problems: failure.problems, page: page,
                    status: .unprocessableContent)
            }
        }
    }

    private func kind(in context: WebContext) throws -> EntryKind {
        guard let text = context.parameters.get("kind"), text.count < 20, let kind = EntryKind(argumentText: text) else {
            throw HTTPError(.notFound)
        }
        return kind
    }

    /// Stands for the CSRF token in a new form kept for a member: random for each process, so
    /// that nothing a member typed can be taken for it.
    private static let csrfMarker = UUID().uuidString

    /// A new, empty form: rendered once for each member, kind and day (the date is filled in)
    /// and kept until the library changes; the session's CSRF token goes in per request.
    private func renderNew(kind: EntryKind, page: PageRenderer) async throws -> Response {
        let member = try page.member
        let live = site.live
        let templates = site.templates
        let today = LocalDate.today()
        let key = ["recordPage", member.name, kind.rawValue, today.description].joined(separator: "\u{1F}")
        let (_, parts) = try await NIOThreadPool.singleton.runIfActive {
            live.remembered(key) { library in
                let strings = WebStrings.forLanguage(library.settings.language)
                let view = RecordFormView(
                    kind: kind, fields: nil, answers: nil, problems: [], member: member, library: library,
                    suggestions: RecordSuggestions(library: library, member: member, templates: templates), strings: strings)
                return PageRenderer.body(.record, content: view.content(), strings: strings, templates: templates, csrf: Self.csrfMarker)
                    .components(separatedBy: Self.csrfMarker)
            }
        }
        return page.render(
            .record, title: page.strings.recordTitles[kind.rawValue] ?? "", section: .record,
            pageHTML: parts.joined(separator: page.login?.csrfToken ?? ""))
    }

    private func render(
        kind: EntryKind, fields: RecordFields?, answers: AnswerInputs?, problems: [RecordForm.Problem], page: PageRenderer,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let strings = page.strings
        let member = try page.member
        let live = page.site.live
        let templates = page.site.templates
        let (library, suggestions) = try await NIOThreadPool.singleton.runIfActive {
            live.remembered("record\u{1F}" + member.name) { RecordSuggestions(library: $0, member: member, templates: templates) }
        }
        let view = RecordFormView(
            kind: kind, fields: fields, answers: answers, problems: problems, member: member,
            library: library, suggestions: suggestions, strings: strings)
        return page.render(
            .record, title: strings.recordTitles[kind.rawValue] ?? "", section: .record, status: status, view.content())
    }
}

/// Why a submitted form was not saved: its problems, shown next to their fields.
struct RecordFailure: Error {
    var problems: [RecordForm.Problem]
}
