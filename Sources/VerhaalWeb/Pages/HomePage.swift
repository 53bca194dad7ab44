import Hummingbird
import VerhaalKit

/// The start page, and the stylesheet every page uses.
struct HomePage {
    let site: Site

    func register(on router: Router<WebContext>) {
        router.get("/") { _, context in
            let session = try context.requireSession()
            let page = PageRenderer(site: site, session: session)
            let strings = page.strings
            return page.render(.home, title: strings.appName, [
                "welcome": strings.home.welcome.filled(with: session.member.name),
                "kinds": EntryKind.allCases.map {
                    ["slug": RecordPage.slug(of: $0), "label": strings.recordTitles[$0.rawValue] ?? $0.rawValue]
                },
            ])
        }
        router.get("/stijl.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                     body: ResponseBody(byteBuffer: ByteBuffer(string: Stylesheet.text)))
        }
    }
}
