import Foundation
import Hummingbird
import Mustache
import NIOPosix
import VerhaalIndex
import VerhaalKit

/// The stories a member may read, filtered by lesson, perspective, tag and text; and one story.
struct StoriesPage {
    let site: Site

    /// The filter form's fields, in the URL's query.
    struct Filter: Decodable {
        var les: String?
        var perspectief: String?
        var tag: String?
        var tekst: String?
        var pagina: Int?
    }

    /// Stories on one page of the list.
    static let pageSize = 50

    struct ListContent: Encodable, Sendable {
        var selects: [SelectField]
        var query: String
        var countLine: String
        var hasStories: Bool
        /// The page's stories as `<li>`s, escaped by Mustache.
        var storiesHTML: String
        /// "Page 2 of 40", and links to the pages before and after, with the same filters.
        var pageLine: String?
        var previous: String?
        var next: String?
    }

    struct EntryContent: Encodable, Sendable {
        struct Fact: Encodable, Sendable {
            var label: String
            var value: String
            var href: String?
        }

        var saved: Bool
        var id: String
        /// The teller, or a coordinator: they may edit or withdraw it.
        var canChange: Bool
        var savedLine: String
        /// Where the file is: for coordinators only; members never see file paths.
        var savedInLine: String?
        var kindSlug: String
        var entryTitle: String
        /// Under the title, before the story: its kind, date and who told or said it.
        var byline: String
        /// Every fact, below the story.
        var facts: [Fact]
        var bodyHTML: String
        var rounds: [RoundLine]
        /// Stored, not computed: the template sees only what is encoded.
        var hasRounds: Bool

        /// What a round said about the story: chosen (with why and any dissent) or a candidate.
        struct RoundLine: Encodable, Sendable {
            var text: String
            var why: String?
            var dissent: String?
        }
    }

    func register(on router: Router<WebContext>) {
        router.get("/verhalen") { request, context in
            let page = try site.page(for: context)
            let filter = (try? request.uri.decodeQuery(as: Filter.self, context: context)) ?? Filter()
            let withdrawn = request.uri.queryParameters["ingetrokken"] != nil
            let committed = request.uri.queryParameters["nietvastgelegd"] == nil
            return try await list(filter: filter, page: page, withdrawn: withdrawn, committed: committed)
        }
        router.get("/verhalen/:id") { request, context in
            let page = try site.page(for: context)
            // Ids are looked up among the loaded entries only: nothing in the URL ever becomes
            // a file path.
            guard let id = context.parameters.get("id"), id.count <= WebLimits.maximumIDLength, EntryID.isValid(id)
            else { throw HTTPError(.notFound) }
            let member = try page.member
            let saved = request.uri.queryParameters["bewaard"] != nil
            let live = site.live
            let templates = site.templates
            // Rendered once for each member and kept until the library (or a round) changes.
            let key = ["entry", member.name, id, saved ? "saved" : ""].joined(separator: "\u{1F}")
            let (_, shown) = try await NIOThreadPool.singleton.runIfActive {
                live.remembered(key) { library -> (title: String, html: String)? in
                    let visible = VisibleEntries(library: library, member: member)
                    guard let entry = visible.entry(id: id) else { return nil }
                    let strings = WebStrings.forLanguage(library.settings.language)
                    let content = Self.entryContent(
                        entry, body: live.body(of: entry), visit: entry.visit.flatMap(visible.entry(id:)),
                        framework: library.framework, rounds: live.rounds(), saved: saved,
                        canChange: ChangeStoryPage.mayChange(entry, member: member), showsPath: member.isCoordinator,
                        strings: strings)
                    return (entry.title, PageRenderer.body(.entry, content: content, strings: strings, templates: templates))
                }
            }
            guard let shown else { throw HTTPError(.notFound) }
            let committed = request.uri.queryParameters["nietvastgelegd"] == nil
            return page.render(
                .entry, title: shown.title, section: .stories,
                pageHTML: (committed ? "" : Self.notCommittedNotice(page.strings)) + shown.html)
        }
    }

    /// Said once, after a change that was saved but not committed: the words are the page's own.
    static func notCommittedNotice(_ strings: WebStrings) -> String {
        "<div class=\"problems\" role=\"alert\"><p>\(strings.privacy.notCommitted)</p></div>\n"
    }

    private func list(filter: Filter, page: PageRenderer, withdrawn: Bool = false, committed: Bool = true) async throws -> Response {
        let member = try page.member
        let text = filter.tekst?.trimmingCharacters(in: .whitespaces) ?? ""
        // One page of what a member finds with a filter is kept until the library changes: the
        // same list again, or the next page of it, costs only the layout.
        let live = site.live
        let templates = site.templates
        let key = ["stories", member.name, filter.les ?? "", filter.perspectief ?? "", filter.tag ?? "", text, "\(filter.pagina ?? 1)"]
            .joined(separator: "\u{1F}")
        let (_, html) = try await NIOThreadPool.singleton.runIfActive {
            live.remembered(key) { library in
                let strings = WebStrings.forLanguage(library.settings.language)
                let content = Self.content(
                    filter: filter, listing: Self.listing(filter: filter, text: text, member: member, library: library, live: live),
                    strings: strings, framework: library.framework, templates: templates)
                return PageRenderer.body(.stories, content: content, strings: strings, templates: templates)
            }
        }
        // After a withdrawal: said once, above the list (the list itself is kept for everyone).
        let notice =
            (withdrawn ? "<div class=\"saved\" role=\"status\"><p><strong>\(page.strings.privacy.withdrawn)</strong></p></div>\n" : "")
            + (committed ? "" : Self.notCommittedNotice(page.strings))
        return page.render(.stories, title: page.strings.stories.title, section: .stories, pageHTML: notice + html)
    }

    /// One page of a listing, its stories rendered by Mustache (`StoriesTemplates.items`).
    private static func content(
        filter: Filter, listing: Listing, strings: WebStrings, framework: Framework, templates: MustacheLibrary
    ) -> ListContent {
        let found = listing.found
        let query = listing.query
        let pages = max(1, (found.count + Self.pageSize - 1) / Self.pageSize)
        let number = min(max(filter.pagina ?? 1, 1), pages)
        let shown = found.dropFirst((number - 1) * Self.pageSize).prefix(Self.pageSize)
        func link(_ target: Int) -> String {
            var components = URLComponents()
            components.path = "/verhalen"
            let pairs = [("les", filter.les), ("perspectief", filter.perspectief), ("tag", filter.tag), ("tekst", filter.tekst)]
            components.queryItems =
                pairs.compactMap { name, value in value.flatMap { $0.isEmpty ? nil : URLQueryItem(name: name, value: $0) } }
                + [URLQueryItem(name: "pagina", value: String(target))]
            return components.string ?? "/verhalen"
        }
        func options(_ items: [(String, String)], selected: String?) -> [SelectOption] {
            items.map { .init(value: $0.0, label: $0.1, selected: $0.0 == selected) }
        }
        let labels = strings.stories
        let selects: [SelectField] = [
            .init(
                id: "les", label: labels.lesson,
                options: options(
                    framework.lessons.map { ($0.id, $0.label) }, selected: query.lessons.first)),
            .init(
                id: "perspectief", label: labels.perspective,
                options: options(
                    framework.perspectives.map { ($0.id, $0.title) }, selected: query.perspectives.first)),
            .init(
                id: "tag", label: labels.tag,
                options: options(listing.tags.map { ($0, $0) }, selected: query.tags.first)),
        ]
        let stories = shown.map {
            StoryRow(
                id: $0.id, title: $0.title, kind: strings.kinds[$0.kind.rawValue] ?? $0.kind.rawValue, date: $0.date.description,
                teller: $0.teller, isPrivate: $0.share == .private)
        }
        let storiesHTML =
            templates.render(
                ["stories": TemplateValues.of(stories) ?? [], "s": TemplateValues.strings(strings)],
                withTemplate: StoriesTemplates.itemsName) ?? ""
        return ListContent(
            selects: selects, query: query.text ?? "", countLine: labels.count.filled(with: found.count),
            hasStories: !found.isEmpty, storiesHTML: storiesHTML,
            pageLine: pages > 1
                ? labels.pageOf.replacingOccurrences(of: "{page}", with: "\(number)").replacingOccurrences(
                    of: "{pages}", with: "\(pages)") : nil,
            previous: number > 1 ? link(number - 1) : nil, next: number < pages ? link(number + 1) : nil)
    }

    /// The entries a member finds with a filter, best match first for a text search, and the
    /// tags they may choose from.
    private struct Listing {
        var found: [Entry]
        var query: EntryQuery
        var tags: [String]
    }

    private static func listing(filter: Filter, text: String, member: Member, library: Library, live: LiveLibrary) -> Listing {
        let framework = library.framework
        let readership = Readership.member(member.name)
        let visible = VisibleEntries(library: library, member: member)
        var query = EntryQuery()
        if let lesson = filter.les.flatMap(framework.lesson(matching:)) { query.lessons = [lesson.id] }
        if let perspective = filter.perspectief.flatMap(framework.perspective(matching:)) { query.perspectives = [perspective.id] }
        if let tag = filter.tag, !tag.isEmpty { query.tags = [tag] }
        // A text search goes to the index's full-text table.
        let ranked = text.isEmpty ? nil : live.search(text).ids
        let found: [Entry]
        if let ranked {
            found = query.filter(ranked.compactMap { library.entry(id: $0) }.filter(readership.mayRead))
        } else if !text.isEmpty {
            // Without the index's answer, the words are looked for in the texts themselves.
            query.text = text
            found = query.filter(VisibleEntries(library: live.libraryWithBodies(), member: member).entries)
        } else {
            // Newest first, as a reader of a collection expects.
            found = query.filter(visible.entries).sorted { ($0.date, $0.id) > ($1.date, $1.id) }
        }
        query.text = text.isEmpty ? nil : text
        return Listing(found: found, query: query, tags: library.tags(visibleTo: readership))
    }

    /// One story with its facts, its text and what the rounds said about it.
    private static func entryContent(
        _ entry: Entry, body: String, visit: Entry?, framework: Framework, rounds: [MSCRound], saved: Bool, canChange: Bool,
        showsPath: Bool, strings: WebStrings
    ) -> EntryContent {
        let labels = strings.stories
        var facts: [EntryContent.Fact] = []
        func fact(_ label: String, _ value: String?, href: String? = nil) {
            guard let value, !value.isEmpty else { return }
            facts.append(.init(label: label, value: value, href: href))
        }
        fact(labels.kind, strings.kinds[entry.kind.rawValue])
        fact(labels.date, entry.date.description)
        fact(labels.teller, entry.teller)
        fact(labels.speaker, [entry.speaker, entry.role].compactMap { $0 }.joined(separator: ", "))
        fact(labels.place, entry.place)
        fact(labels.visit, visit.map { "\($0.date) · \($0.title)" }, href: visit.map { "/verhalen/\($0.id)" })
        fact(labels.organizations, entry.organizations.joined(separator: ", "))
        fact(labels.lessons, entry.lessons.compactMap { framework.lesson(matching: $0)?.label }.joined(separator: "; "))
        fact(
            labels.perspectives,
            entry.perspectives.compactMap { framework.perspective(matching: $0)?.title }
                .joined(separator: "; "))
        fact(labels.tags, entry.tags.joined(separator: ", "))
        let language = Language(code: strings.lang)
        for question in framework.questions {
            guard let answer = entry.answers[question.id] else { continue }
            fact(question.prompt, question.label(of: answer, in: language))
        }
        fact(labels.share, strings.shareNames[entry.share.rawValue])
        if showsPath { fact(labels.path, entry.path) }
        let lines = Self.roundLines(entry, rounds: rounds, framework: framework, strings: strings)
        return EntryContent(
            saved: saved, id: entry.id, canChange: canChange,
            savedLine: strings.record.saved.filled(with: entry.id),
            savedInLine: showsPath ? strings.record.savedIn.filled(with: entry.path) : nil,
            kindSlug: RecordPage.slug(of: entry.kind),
            entryTitle: entry.title,
            byline: [
                strings.kinds[entry.kind.rawValue], DocumentStrings.forLanguage(strings.lang).format(entry.date),
                entry.speaker ?? entry.teller,
            ]
            .compactMap { $0 }.joined(separator: " · "),
            facts: facts,
            bodyHTML: Markdown.html(from: body),
            rounds: lines, hasRounds: !lines.isEmpty)
    }

    /// Feedback to the teller: every round the story was a candidate in, and why it was chosen.
    static func roundLines(_ entry: Entry, rounds: [MSCRound], framework: Framework, strings: WebStrings) -> [EntryContent.RoundLine] {
        let labels = strings.stories
        let format = DocumentStrings.forLanguage(strings.lang).format
        return RoundMention.mentions(of: entry.id, in: rounds).flatMap { mention -> [EntryContent.RoundLine] in
            let round = mention.round
            func filled(_ text: String, domain: String = "") -> String {
                text.replacingOccurrences(of: "{panel}", with: round.panel).replacingOccurrences(of: "{date}", with: format(round.date))
                    .replacingOccurrences(of: "{domain}", with: domain)
            }
            guard mention.isChosen else {
                return [.init(text: filled(labels.candidateAt) + ": " + (round.isClosed ? labels.notChosen : labels.roundOpen))]
            }
            return mention.choices.map { choice in
                .init(
                    text: filled(labels.chosenBy, domain: framework.domain(choice.domain)?.title ?? choice.domain), why: choice.reason,
                    dissent: choice.dissent)
            }
        }
    }
}

/// One story in the list, as its template shows it.
struct StoryRow: Encodable, Sendable {
    var id: String
    var title: String
    var kind: String
    var date: String
    var teller: String
    var isPrivate: Bool
}
