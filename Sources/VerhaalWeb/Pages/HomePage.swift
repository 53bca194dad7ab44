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
        var kinds: [Kind]
    }

    func register(on router: Router<WebContext>) {
        router.get("/") { _, context in
            let page = try site.page(for: context)
            let strings = page.strings
            return page.render(
                .home, title: strings.appName,
                Content(
                    welcome: strings.home.welcome.filled(with: try page.member.name),
                    kinds: EntryKind.allCases.map {
                        .init(slug: RecordPage.slug(of: $0), label: strings.recordTitles[$0.rawValue] ?? $0.rawValue)
                    }))
        }
        router.get("/stijl.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: Stylesheet.text)))
        }
    }
}
