import Foundation
import Hummingbird
import Mustache
import NIOPosix
import VerhaalKit

/// Renders a page template inside the layout, with what every page needs: the strings, the
/// member and their CSRF token (`PageContext`), and the page's own typed values. Mustache
/// escapes every `{{value}}` for HTML; only the story text, already HTML from cmark's safe
/// renderer, goes in unescaped (`{{{bodyHTML}}}`).
struct PageRenderer: Sendable {
    enum Page: String, CaseIterable {
        case signIn, confirm, home, record, stories, entry, withdraw, history, coverage, patterns, pattern, compose, rounds, round, error

        var template: String {
            switch self {
            case .signIn: SignInTemplates.form
            case .confirm: SignInTemplates.confirm
            case .home: HomeTemplate.text
            case .record: RecordTemplate.text
            case .stories: StoriesTemplates.list
            case .entry: StoriesTemplates.entry
            case .withdraw: StoriesTemplates.withdraw
            case .history: StoriesTemplates.history
            case .coverage: CoverageTemplate.text
            case .patterns: PatternsTemplates.list
            case .pattern: PatternsTemplates.detail
            case .compose: ComposeTemplate.text
            case .rounds: RoundsTemplates.list
            case .round: RoundsTemplates.detail
            case .error: ErrorTemplate.text
            }
        }

        static let layoutStart = "{{<layout}}{{$content}}"
        static let layoutEnd = "{{/content}}{{/layout}}"

        /// The page's own part: its template without the layout around it (and without the
        /// line break after it, which Mustache leaves out inside the layout).
        var body: String? {
            guard template.hasPrefix(Self.layoutStart), template.hasSuffix(Self.layoutEnd) else { return nil }
            let inner = template.dropFirst(Self.layoutStart.count).dropLast(Self.layoutEnd.count)
            return String(inner.hasPrefix("\n") ? inner.dropFirst() : inner)
        }

        var bodyName: String { rawValue + "Body" }
    }

    /// Which menu item is the current page.
    enum Section: String, Sendable {
        case record = "navRecord"
        case stories = "navStories"
        case coverage = "navCoverage"
        case patterns = "navPatterns"
        case compose = "navCompose"
        case rounds = "navRounds"
    }

    static func library() throws -> MustacheLibrary {
        var library = MustacheLibrary()
        try library.register(LayoutTemplate.text, named: LayoutTemplate.name)
        try library.register(PatternsTemplates.listBody, named: "patternListBody")
        try library.register(PatternsTemplates.detailBody, named: "patternDetailBody")
        try library.register(PatternsTemplates.compareBody, named: "patternCompareBody")
        try library.register(PatternsTemplates.reportLayout, named: "reportLayout")
        try library.register(RecordTemplate.visitOptions, named: RecordTemplate.visitOptionsName)
        try library.register(StoriesTemplates.items, named: StoriesTemplates.itemsName)
        try library.register(RecordTemplate.tagOptions, named: RecordTemplate.tagOptionsName)
        for page in Page.allCases {
            try library.register(page.template, named: page.rawValue)
            if let body = page.body { try library.register(body, named: page.bodyName) }
        }
        try library.register(shell, named: shellName)
        return library
    }

    /// A layout around a page's own part rendered before (`body(_:content:strings:templates:)`).
    private static let shellName = "shell"
    private static let shell = "\(Page.layoutStart){{{pageHTML}}}\(Page.layoutEnd)"

    private struct ShellContent: Encodable, Sendable {
        var pageHTML: String
    }

    /// A page's own part without the layout, escaped by Mustache as the whole page would be:
    /// for a part worked out once and kept (`LiveLibrary.remembered`), which `render(_:title:
    /// section:status:pageHTML:)` then puts in the layout.
    /// A form's part takes the `csrf` it is to hold.
    static func body<Content: Encodable>(
        _ page: Page, content: Content, strings: WebStrings, templates: MustacheLibrary, csrf: String? = nil
    ) -> String {
        var values = (TemplateValues.of(content) as? [String: Any]) ?? [:]
        values["s"] = TemplateValues.strings(strings)
        values["csrf"] = csrf
        return templates.render(values, withTemplate: page.bodyName) ?? ""
    }

    let site: Site
    let strings: WebStrings
    let login: MemberLogin?

    init(site: Site, login: MemberLogin?) {
        self.site = site
        self.strings = site.strings()
        self.login = login
    }

    /// The signed-in member; every page but sign-in has one.
    var member: Member {
        get throws {
            guard let login else { throw HTTPError(.unauthorized) }
            return login.member
        }
    }

    /// The library as it is on disk now, read on a thread of its own so that the server's
    /// event loops never wait for the disk.
    func library() async throws -> Library {
        let site = site
        return try await NIOThreadPool.singleton.runIfActive { site.library() }
    }

    /// The library with every entry's text (`LiveLibrary.libraryWithBodies()`), for a
    /// composition or a search through the texts; read on a thread of its own.
    func libraryWithBodies() async throws -> Library {
        let live = site.live
        return try await NIOThreadPool.singleton.runIfActive { live.libraryWithBodies() }
    }

    /// The page as an HTML response.
    func render<Content: Encodable & Sendable>(
        _ page: Page, title: String, section: Section? = nil,
        status: HTTPResponse.Status = .ok, _ content: Content
    ) -> Response {
        Self.html(html(page, title: title, section: section, content), status: status)
    }

    /// The page's HTML, its template rendered with the layout's values and `content`.
    func html<Content: Encodable & Sendable>(_ page: Page, title: String, section: Section? = nil, _ content: Content) -> String {
        site.templates.render(context(title: title, section: section, content).values, withTemplate: page.rawValue) ?? ""
    }

    private func context<Content: Encodable & Sendable>(title: String, section: Section?, _ content: Content) -> PageContext<Content> {
        PageContext(
            s: strings, title: title,
            member: login.map { .init(name: $0.member.name, isCoordinator: $0.member.isCoordinator) },
            csrf: login?.csrfToken, section: section, content: content)
    }

    /// The page from its own part, rendered before (`body(_:content:strings:templates:)`).
    func render(_ page: Page, title: String, section: Section? = nil, status: HTTPResponse.Status = .ok, pageHTML: String) -> Response {
        Self.html(html(title: title, section: section, pageHTML: pageHTML), status: status)
    }

    /// The HTML of a page from its own part.
    func html(title: String, section: Section? = nil, pageHTML: String) -> String {
        let values = context(title: title, section: section, ShellContent(pageHTML: pageHTML)).values
        return site.templates.render(values, withTemplate: Self.shellName) ?? ""
    }

    /// The values of the error page.
    struct ErrorContent: Encodable, Sendable {
        var heading: String
        var message: String
    }

    /// A refused or failed request as a page in the library's language.
    func error(_ status: HTTPResponse.Status, heading: String, message: String) -> Response {
        render(.error, title: heading, status: status, ErrorContent(heading: heading, message: message))
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
