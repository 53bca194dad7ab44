import Foundation
import Hummingbird
import Logging

/// The web collector: `verhaal serve`.
public enum WebServer {
    /// The application serving the library at `root`.
    public static func application(root: URL, host: String, port: Int, logger: Logger? = nil) throws -> some ApplicationProtocol {
        let site = try Site(root: root)
        let logger = logger ?? Logger(label: "verhaal.serve")
        return Application(router: router(site: site), configuration: .init(address: .hostname(host, port: port)), logger: logger)
    }

    /// The routes, for `application` and for tests.
    static func router(site: Site) -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: SessionMiddleware(site: site))
        router.add(middleware: ErrorPageMiddleware(site: site))
        HomePage(site: site).register(on: router)
        SignInPage(site: site).register(on: router)
        RecordPage(site: site).register(on: router)
        StoriesPage(site: site).register(on: router)
        CoveragePage(site: site).register(on: router)
        ComposePage(site: site).register(on: router)
        return router
    }
}
