import Foundation
import Hummingbird
import NIOPosix
import VerhaalGit
import VerhaalKit

/// For coordinators: the Most Significant Change rounds. They open a round, record the panel's
/// choice per domain with the reasons, and close it, with the checks of `verhaal round`
/// (`MSCRound.opening`, `pick`, `close`), in the library's language.
struct RoundsPage {
    let site: Site

    func register(on router: Router<WebContext>) {
        router.get("/rondes") { request, context in
            let after = request.uri.queryParameters.get("na").map { String($0) }
            return try await list(page: coordinatorPage(context), after: after, refused: nil)
        }
        router.post("/rondes") { request, context in
            let page = try coordinatorPage(context)
            let fields = try await FormReader.decodeChecked(OpenRoundFields.self, from: request, context: context, site: site)
            return try await open(fields, page: page)
        }
        router.get("/rondes/:name") { request, context in
            let page = try coordinatorPage(context)
            let saved = request.uri.queryParameters.get("bewaard").map { String($0) }
            return try await detail(name: try name(in: context), page: page, saved: saved)
        }
        router.post("/rondes/:name/keuze") { request, context in
            let page = try coordinatorPage(context)
            let name = try name(in: context)
            let fields = try await FormReader.decodeChecked(PickFields.self, from: request, context: context, site: site)
            return try await pick(fields, round: name, page: page)
        }
        router.post("/rondes/:name/sluiten") { request, context in
            let page = try coordinatorPage(context)
            let name = try name(in: context)
            _ = try await FormReader.decodeChecked(CloseRoundFields.self, from: request, context: context, site: site)
            return try await close(round: name, page: page)
        }
    }

    private func coordinatorPage(_ context: WebContext) throws -> PageRenderer {
        let page = try site.page(for: context)
        guard try page.member.isCoordinator else { throw HTTPError(.forbidden) }
        return page
    }

    /// A round name from the address; nothing in it ever becomes a path unless it is one.
    private func name(in context: WebContext) throws -> String {
        guard let name = context.parameters.get("name"), name.count <= WebLimits.maximumIDLength, EntryID.isValid(name)
        else { throw HTTPError(.notFound) }
        return name
    }

    private func list(
        page: PageRenderer, after: String?, refused: RoundViews.Refused<OpenRoundFields>?, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let library = try await page.library()
        let rounds = try await site.rounds()
        let strings = page.strings
        let visible = VisibleEntries(library: library, member: try page.member)
        let folder = "\(LibraryStore.storiesFolder)/\(LibraryStore.roundsFolder)/"
        var seen = Set<String>()
        let messages = FormMessages(language: strings.lang)
        let broken = library.diagnostics.filter { $0.file.hasPrefix(folder) && $0.severity == .error && seen.insert($0.file).inserted }
            .map { "\($0.file): \(messages.fileProblem($0))" }
        let content = RoundViews.ListContent(
            rows: rounds.reversed().map { RoundViews.row($0, strings: strings) }, hasRows: !rounds.isEmpty, broken: broken,
            hasBroken: !broken.isEmpty,
            form: RoundViews.openForm(rounds: rounds, library: library, visible: visible, strings: strings, after: after, refused: refused))
        return page.render(.rounds, title: strings.rounds.title, section: .rounds, status: status, content)
    }

    private func open(_ fields: OpenRoundFields, page: PageRenderer) async throws -> Response {
        // The candidates may be chosen by words in their texts.
        let library = try await page.libraryWithBodies()
        let strings = page.strings
        let (query, badDates) = fields.query(framework: library.framework)
        let typedDate = OpenRoundFields.filled(fields.datum)
        let date = typedDate.map { LocalDate($0) } ?? LocalDate.today()
        let dateMessage = FormMessages(language: strings.lang).invalidDate
        var problems = badDates.isEmpty && date != nil ? [] : [dateMessage]
        if problems.isEmpty, let date {
            let store = site.store
            let messages = RoundMessages(language: strings.lang, framework: library.framework)
            let refusal = try await NIOThreadPool.singleton.runIfActive { () -> RoundRefusal? in
                do {
                    let round = try MSCRound.opening(
                        name: OpenRoundFields.filled(fields.naam) ?? "", panel: fields.panel ?? "", date: date,
                        after: OpenRoundFields.filled(fields.na), query: query, in: library)
                    _ = try store.createRound(round)
                    return nil
                } catch let refusal as RoundRefusal {
                    return refusal
                }
            }
            guard let refusal else {
                site.noteChange()
                let name = OpenRoundFields.filled(fields.naam) ?? ""
                _ = await site.commit(paths: [Self.path(of: name)], by: try page.member, .openedRound(name: name))
                return Response(status: .seeOther, headers: [.location: "/rondes/\(name)?bewaard=geopend"])
            }
            problems = [messages.message(for: refusal)]
        }
        return try await list(page: page, after: nil, refused: .init(fields: fields, problems: problems), status: .unprocessableContent)
    }

    private func detail(
        name: String, page: PageRenderer, saved: String?, refusedPick: RoundViews.Refused<PickFields>? = nil,
        closeProblems: [String] = [], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let library = try await page.library()
        let rounds = try await site.rounds()
        guard let round = rounds.first(where: { $0.id == name }) else { throw HTTPError(.notFound) }
        let strings = page.strings
        let words = strings.rounds
        let savedLine: String? =
            switch saved {
            case "geopend": words.opened.filled(with: "\(LibraryStore.storiesFolder)/\(LibraryStore.roundsFolder)/\(name).md")
            case "gesloten": words.roundClosed
            case let domain?:
                round.domains.contains(domain) ? words.pickSaved.filled(with: library.framework.domain(domain)?.title ?? domain) : nil
            case nil: nil
            }
        let content = RoundViews.detail(
            round, library: library, visible: VisibleEntries(library: library, member: try page.member), strings: strings,
            saved: savedLine, refusedPick: refusedPick, closeProblems: closeProblems)
        return page.render(.round, title: "\(round.panel) (\(round.id))", section: .rounds, status: status, content)
    }

    private func pick(_ fields: PickFields, round name: String, page: PageRenderer) async throws -> Response {
        let library = try await page.library()
        let visible = VisibleEntries(library: library, member: try page.member)
        let domain = fields.domein ?? ""
        let chosen = fields.verhaal ?? ""
        let problem = try await change(name, library: library, page: page, .pickedInRound(name: name, domain: domain)) { round in
            let story: String? = chosen == PickFields.noChoiceValue ? nil : chosen
            guard story?.isEmpty != true else { throw RoundRefusal.noStory }
            // A coordinator chooses only among the candidates they may read.
            if let story, visible.entry(id: story) == nil { throw RoundRefusal.notACandidate(story, candidates: round.candidates) }
            try round.pick(
                domain: domain, story: story, reason: fields.reden ?? "", dissent: fields.anders, replacing: fields.opnieuw == "ja")
        }
        guard let problem else {
            let anchor = domain.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            return Response(status: .seeOther, headers: [.location: "/rondes/\(name)?bewaard=\(anchor)#domein-\(anchor)"])
        }
        return try await detail(
            name: name, page: page, saved: nil, refusedPick: .init(fields: fields, problems: [problem]), status: .unprocessableContent)
    }

    private func close(round name: String, page: PageRenderer) async throws -> Response {
        let library = try await page.library()
        let problem = try await change(name, library: library, page: page, .closedRound(name: name)) { round in try round.close() }
        guard let problem else {
            return Response(status: .seeOther, headers: [.location: "/rondes/\(name)?bewaard=gesloten"])
        }
        return try await detail(name: name, page: page, saved: nil, closeProblems: [problem], status: .unprocessableContent)
    }

    /// Changes the round under the library's lock, off the event loop; what was refused, in
    /// the page's words, or nil when the round was saved.
    private func change(
        _ name: String, library: Library, page: PageRenderer, _ message: CommitMessage,
        _ body: @escaping @Sendable (inout MSCRound) throws -> Void
    ) async throws -> String? {
        let store = site.store
        let messages = RoundMessages(language: page.strings.lang, framework: library.framework)
        let formMessages = FormMessages(language: page.strings.lang)
        let problem = try await NIOThreadPool.singleton.runIfActive { () -> String? in
            do {
                try store.updateRound(name, library: library, change: body)
                return nil
            } catch let refusal as RoundRefusal {
                return messages.message(for: refusal)
            } catch let error as VerhaalError {
                return formMessages.notWritten(error)
            }
        }
        if problem == nil {
            site.noteChange()
            _ = await site.commit(paths: [Self.path(of: name)], by: try page.member, message)
        }
        return problem
    }

    /// A round's file, relative to the library.
    static func path(of name: String) -> String {
        "\(LibraryStore.storiesFolder)/\(LibraryStore.roundsFolder)/\(name).md"
    }
}
