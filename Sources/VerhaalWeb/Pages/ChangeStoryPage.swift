import Foundation
import Hummingbird
import NIOPosix
import VerhaalGit
import VerhaalKit

/// Editing and withdrawing a story: for its teller, and for coordinators. The edit form is the
/// record form filled in, with the same checks and CSRF; a field it does not show stays as it
/// was (`EntryChanges(changing:to:)`, written through `LibraryStore.edit`). A story the member
/// may not change is told as missing.
struct ChangeStoryPage {
    let site: Site

    /// The withdrawal form's one field.
    struct WithdrawFields: CSRFProtected {
        var csrf: String?
        var reden: String?
    }

    struct WithdrawContent: Encodable, Sendable {
        var id: String
        var heading: String
        var keeps: String
    }

    /// Whether `member` may edit or withdraw `entry`: its teller, or a coordinator.
    static func mayChange(_ entry: Entry, member: Member) -> Bool {
        member.isCoordinator || entry.teller.caseInsensitiveCompare(member.name) == .orderedSame
    }

    func register(on router: Router<WebContext>) {
        router.get("/verhalen/:id/bewerken") { _, context in
            let page = try site.page(for: context)
            let (entry, library) = try await changeable(context: context, page: page)
            let body = site.live.body(of: entry)
            return try await renderForm(entry: entry, library: library, fields: RecordFields(entry: entry, body: body), page: page)
        }
        router.post("/verhalen/:id/bewerken") { request, context in
            let page = try site.page(for: context)
            let (entry, library) = try await changeable(context: context, page: page)
            let member = try page.member
            let (fields, pairs) = try await FormReader.decodeCheckedWithPairs(
                RecordFields.self, from: request, context: context, site: site)
            let answers = AnswerInputs(pairs: pairs)
            let form = RecordForm(
                kind: entry.kind, fields: fields, answers: answers, member: member, framework: library.framework, strings: page.strings)
            let store = site.store
            let readership = Self.readership(of: member)
            let outcome = try await NIOThreadPool.singleton.runIfActive { () -> Result<Entry, RecordFailure> in
                let (draft, problems) = form.draft()
                guard let draft else { return .failure(RecordFailure(problems: problems)) }
                // A date that is no date cannot be an edit: the parser's words for it, as for a new story.
                guard draft.date != nil else {
                    return .failure(RecordFailure(problems: form.problems(from: store.problems(with: draft, for: readership))))
                }
                do {
                    return .success(try store.edit(id: entry.id, EntryChanges(changing: entry, to: draft), for: readership))
                } catch let error as VerhaalError {
                    let problems =
                        error.diagnostics.isEmpty
                        ? [RecordForm.Problem(field: nil, message: error.message)] : form.problems(from: error.diagnostics)
                    return .failure(RecordFailure(problems: problems))
                }
            }
            site.noteChange()
            switch outcome {
            case .success(let edited):
                let problem = await site.commit(paths: [edited.path], by: member, .editedStory(title: edited.title))
                return Response(
                    status: .seeOther,
                    headers: [.location: "/verhalen/\(edited.id)?bewaard=1" + (problem == nil ? "" : "&nietvastgelegd=1")])
            case .failure(let failure):
                return try await renderForm(
                    entry: entry, library: library, fields: fields, answers: answers, problems: failure.problems, page: page,
                    status: .unprocessableContent)
            }
        }
        router.get("/verhalen/:id/geschiedenis") { _, context in
            let page = try site.page(for: context)
            let (entry, _) = try await changeable(context: context, page: page)
            let repository = LibraryRepository(store: site.store)
            let versions = await repository.isRepository() ? (try? await repository.history(of: entry.id)) ?? [] : []
            return page.render(
                .history, title: page.strings.privacy.history, section: .stories,
                StoryHistoryContent(entry: entry, versions: versions, strings: page.strings))
        }
        router.get("/verhalen/:id/terugtrekken") { _, context in
            let page = try site.page(for: context)
            let (entry, _) = try await changeable(context: context, page: page)
            let strings = page.strings
            return page.render(
                .withdraw, title: strings.privacy.withdraw, section: .stories,
                WithdrawContent(
                    id: entry.id, heading: strings.privacy.withdrawHeading.filled(with: entry.title),
                    keeps: strings.privacy.withdrawKeeps.filled(with: entry.id)))
        }
        router.post("/verhalen/:id/terugtrekken") { request, context in
            let page = try site.page(for: context)
            let (entry, _) = try await changeable(context: context, page: page)
            let member = try page.member
            let fields = try await FormReader.decodeChecked(WithdrawFields.self, from: request, context: context, site: site)
            let reason = fields.reden?.trimmingCharacters(in: .whitespacesAndNewlines).prefix(200)
            let store = site.store
            let readership = Self.readership(of: member)
            let withdrawal = try await NIOThreadPool.singleton.runIfActive {
                try store.withdraw(
                    id: entry.id, by: member.name, reason: reason.map(String.init).flatMap { $0.isEmpty ? nil : $0 }, for: readership)
            }
            site.noteChange()
            let problem = await site.commit(
                paths: withdrawal.paths, by: member, .withdrawnStory(id: entry.id))
            return Response(
                status: .seeOther, headers: [.location: "/verhalen?ingetrokken=1" + (problem == nil ? "" : "&nietvastgelegd=1")])
        }
    }

    /// A coordinator changes any story they can read; a member only their own.
    static func readership(of member: Member) -> Readership {
        member.isCoordinator ? .wholeLibrary : .member(member.name)
    }

    /// The story named in the URL, when this member may change it; otherwise "not found", as for
    /// a story that does not exist.
    private func changeable(context: WebContext, page: PageRenderer) async throws -> (Entry, Library) {
        guard let id = context.parameters.get("id"), id.count <= WebLimits.maximumIDLength, EntryID.isValid(id) else {
            throw HTTPError(.notFound)
        }
        let member = try page.member
        let library = try await page.library()
        guard let entry = VisibleEntries(library: library, member: member).entry(id: id), Self.mayChange(entry, member: member) else {
            throw HTTPError(.notFound)
        }
        return (entry, library)
    }

    private func renderForm(
        entry: Entry, library: Library, fields: RecordFields, answers: AnswerInputs? = nil, problems: [RecordForm.Problem] = [],
        page: PageRenderer, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let member = try page.member
        let templates = site.templates
        let view = RecordFormView(
            kind: entry.kind, fields: fields, answers: answers ?? AnswerInputs(answers: entry.answers), problems: problems,
            member: member, library: library, suggestions: RecordSuggestions(library: library, member: member, templates: templates),
            strings: page.strings, editing: entry)
        return page.render(
            .record, title: page.strings.privacy.editHeading.filled(with: entry.title), section: .stories, status: status, view.content())
    }
}

/// Every version of a story, from the library's git history: for its teller and coordinators.
struct StoryHistoryContent: Encodable, Sendable {
    struct Version: Encodable, Sendable {
        var date: String
        var author: String
        var message: String
        var changes: String?
    }

    var id: String
    var heading: String
    var versions: [Version]
    var hasVersions: Bool

    init(entry: Entry, versions: [StoryVersion], strings: WebStrings) {
        id = entry.id
        heading = strings.privacy.historyHeading.filled(with: entry.title)
        self.versions = versions.map { version in
            let parts =
                (version.fields.isEmpty ? [] : ["\(strings.privacy.fields): " + version.fields.joined(separator: ", ")])
                + (version.linesAdded + version.linesRemoved == 0
                    ? [] : ["\(strings.privacy.text): +\(version.linesAdded) −\(version.linesRemoved)"])
            return Version(
                date: String(version.date.prefix(10)), author: version.author, message: version.message,
                changes: parts.isEmpty ? nil : parts.joined(separator: "; "))
        }
        hasVersions = !versions.isEmpty
    }
}
