import Hummingbird
import VerhaalKit

/// The start page, and the stylesheet every page uses.
struct HomePage {
    let site: Site

    struct Content: Encodable, Sendable {
        struct Kind: Encodable, Sendable {
            var slug: String
            var label: String
        }

        var welcome: String
        /// For coordinators: the last change that was saved but not committed.
        var commitProblem: String?
        var kinds: [Kind]
        /// The member's own stories a panel chose, with where and for what.
        var chosen: [Chosen]
        var hasChosen: Bool

        struct Chosen: Encodable, Sendable {
            var id: String
            var title: String
            var lines: [String]
        }
    }

    func register(on router: Router<WebContext>) {
        router.get("/") { _, context in
            let page = try site.page(for: context)
            let strings = page.strings
            let library = try await page.library()
            let rounds = try await site.rounds()
            let name = try page.member.name
            let chosen = Set(rounds.flatMap { $0.choices.compactMap(\.story) })
            let own = library.entries.filter { $0.teller == name && chosen.contains($0.id) }.map { entry in
                Content.Chosen(
                    id: entry.id, title: entry.title,
                    lines: StoriesPage.roundLines(entry, rounds: rounds, framework: library.framework, strings: strings)
                        .filter { $0.why != nil }.map(\.text))
            }
            return page.render(
                .home, title: strings.appName,
                Content(
                    welcome: strings.home.welcome.filled(with: try page.member.name),
                    commitProblem: try page.member.isCoordinator
                        ? site.commitProblem.withLock { $0 }.map { strings.privacy.commitFailed.filled(with: $0) } : nil,
                    kinds: EntryKind.allCases.map {
                        .init(slug: RecordPage.slug(of: $0), label: strings.recordTitles[$0.rawValue] ?? $0.rawValue)
                    }, chosen: own, hasChosen: !own.isEmpty))
        }
        router.get(RouterPath(FormScript.path)) { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "max-age=3600"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: FormScript.text)))
        }
        router.get("/stijl.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: Stylesheet.text)))
        }
    }
}
