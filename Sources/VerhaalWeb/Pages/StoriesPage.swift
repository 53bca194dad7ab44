import Foundation
import Hummingbird
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
    }

    func register(on router: Router<WebContext>) {
        router.get("/verhalen") { request, context in
            let session = try context.requireSession()
            let filter = (try? request.uri.decodeQuery(as: Filter.self, context: context)) ?? Filter()
            return list(filter: filter, session: session)
        }
        router.get("/verhalen/:id") { request, context in
            let session = try context.requireSession()
            // Ids are looked up among the loaded entries only: nothing in the URL ever becomes
            // a file path.
            let library = site.library()
            let visible = VisibleEntries(library: library, member: session.member)
            guard let id = context.parameters.get("id"), id.count <= WebLimits.maximumIDLength, EntryID.isValid(id),
                  let entry = visible.entry(id: id)
            else { throw HTTPError(.notFound) }
            let saved = request.uri.queryParameters["bewaard"] != nil
            let visit = entry.visit.flatMap(visible.entry(id:))
            return show(entry, visit: visit, framework: library.framework, saved: saved, session: session)
        }
    }

    private func list(filter: Filter, session: MemberSession) -> Response {
        let page = PageRenderer(site: site, session: session)
        let strings = page.strings
        let library = site.library()
        let framework = library.framework
        let visible = VisibleEntries(library: library, member: session.member).entries
        var query = EntryQuery()
        if let lesson = filter.les.flatMap(framework.lesson(matching:)) { query.lessons = [lesson.id] }
        if let perspective = filter.perspectief.flatMap(framework.perspective(matching:)) { query.perspectives = [perspective.id] }
        if let tag = filter.tag, !tag.isEmpty { query.tags = [tag] }
        if let text = filter.tekst?.trimmingCharacters(in: .whitespaces), !text.isEmpty { query.text = text }
        let found = query.filter(visible)
        func options(_ items: [(String, String)], selected: String?) -> [[String: Any]] {
            items.map { ["value": $0.0, "label": $0.1, "selected": $0.0 == selected] }
        }
        let labels = strings.stories
        let selects: [[String: Any]] = [
            ["id": "les", "label": labels.lesson, "options": options(
                framework.lessons.map { ($0.id, $0.label) }, selected: query.lessons.first)],
            ["id": "perspectief", "label": labels.perspective, "options": options(
                framework.perspectives.map { ($0.id, $0.title) }, selected: query.perspectives.first)],
            ["id": "tag", "label": labels.tag, "options": options(
                Library.tags(of: visible).map { ($0, $0) }, selected: query.tags.first)],
        ]
        let stories: [[String: Any]] = found.map {
            ["id": $0.id, "title": $0.title, "kind": strings.kinds[$0.kind.rawValue] ?? $0.kind.rawValue,
             "date": $0.date.description, "teller": $0.teller, "isPrivate": $0.share == .private]
        }
        return page.render(.stories, title: labels.title, section: .stories, [
            "selects": selects,
            "query": query.text ?? "",
            "countLine": labels.count.filled(with: found.count),
            "hasStories": !found.isEmpty,
            "stories": stories,
        ])
    }

    private func show(_ entry: Entry, visit: Entry?, framework: Framework, saved: Bool, session: MemberSession) -> Response {
        let page = PageRenderer(site: site, session: session)
        let strings = page.strings
        let labels = strings.stories
        var facts: [[String: Any]] = []
        func fact(_ label: String, _ value: String?, href: String? = nil) {
            guard let value, !value.isEmpty else { return }
            var item: [String: Any] = ["label": label, "value": value]
            if let href { item["href"] = href }
            facts.append(item)
        }
        fact(labels.kind, strings.kinds[entry.kind.rawValue])
        fact(labels.date, entry.date.description)
        fact(labels.teller, entry.teller)
        fact(labels.speaker, [entry.speaker, entry.role].compactMap { $0 }.joined(separator: ", "))
        fact(labels.place, entry.place)
        fact(labels.visit, visit.map { "\($0.date) · \($0.title)" }, href: visit.map { "/verhalen/\($0.id)" })
        fact(labels.organizations, entry.organizations.joined(separator: ", "))
        fact(labels.lessons, entry.lessons.compactMap { id in framework.lesson(matching: id)?.label }
            .joined(separator: "; "))
        fact(labels.perspectives, entry.perspectives.compactMap { framework.perspective(matching: $0)?.title }
            .joined(separator: "; "))
        fact(labels.tags, entry.tags.joined(separator: ", "))
        fact(labels.share, strings.shareNames[entry.share.rawValue])
        fact(labels.path, entry.path)
        return page.render(.entry, title: entry.title, section: .stories, [
            "saved": saved,
            "savedLine": strings.record.saved.filled(with: entry.id),
            "savedInLine": strings.record.savedIn.filled(with: entry.path),
            "kindSlug": RecordPage.slug(of: entry.kind),
            "entryTitle": entry.title,
            "facts": facts,
            "bodyHTML": Markdown.html(from: entry.body),
        ])
    }
}
