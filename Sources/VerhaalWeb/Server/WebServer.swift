import Foundation
import Hummingbird
import Logging
import NIOCore

/// The web collector: `verhaal serve`.
public enum WebServer {
    /// How long a connection may stay without a whole request: it closes half-open and
    /// trickling connections, whose headers never finish.
    public static let idleTimeout = TimeAmount.seconds(30)

    /// The application serving the library at `root`. Requests from `trustedProxies` have
    /// their client address taken from `X-Forwarded-For`. Without `useIndex` the library is
    /// read from its files on every change, as `--no-index` asks.
    public static func application(
        root: URL, host: String, port: Int, trustedProxies: [String] = [],
        idleTimeout: TimeAmount = idleTimeout,
        logger: Logger? = nil, useIndex: Bool = true
    ) throws -> some ApplicationProtocol {
        let site = try Site(root: root, trustedProxies: Set(trustedProxies), useIndex: useIndex)
        return application(site: site, host: host, port: port, idleTimeout: idleTimeout, logger: logger)
    }

    private static func application(
        site: Site, host: String, port: Int, idleTimeout: TimeAmount = idleTimeout, logger: Logger? = nil
    ) -> some ApplicationProtocol {
        let logger = logger ?? Logger(label: "verhaal.serve")
        return Application(
            router: router(site: site),
            server: .http1(configuration: .init(idleTimeout: idleTimeout)),
            configuration: .init(address: .hostname(host, port: port)), logger: logger)
    }

    /// Serves the library at `root` until the process is stopped (Ctrl-C).
    /// `syncEvery`: how often the library syncs with its git remote in the background (nil:
    /// never); what arrives reaches the live library through its watcher, and a failure shows
    /// on the coordinators' home page without stopping the server.
    public static func run(
        root: URL, host: String, port: Int, trustedProxies: [String] = [], useIndex: Bool = true, secureCookies: Bool = false,
        syncEvery: Duration? = nil
    ) async throws {
        let site = try Site(root: root, trustedProxies: Set(trustedProxies), useIndex: useIndex, secureCookies: secureCookies)
        // The library is read once, into the live library, before the first request: the
        // first page does not wait for it, and it is not held twice.
        _ = site.library()
        await site.commitLeftovers()
        let syncing = syncEvery.map { interval in Task { await site.syncForever(every: interval) } }
        defer { syncing?.cancel() }
        try await application(site: site, host: host, port: port).runService()
    }

    /// The routes, for `application` and for tests. `HEAD` is answered like `GET`, without a body.
    static func router(site: Site) -> Router<WebContext> {
        let router = Router(context: WebContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: SecurityHeadersMiddleware())
        // Outside the session: a failure to read the sessions or members still gets a page.
        router.add(middleware: ErrorPageMiddleware(site: site))
        router.add(middleware: BodyLimitMiddleware())
        router.add(middleware: LoginMiddleware(site: site))
        // Inside the session: the page of a refused request shows the member's menu.
        router.add(middleware: ErrorPageMiddleware(site: site))
        HomePage(site: site).register(on: router)
        SignInPage(site: site).register(on: router)
        RecordPage(site: site).register(on: router)
        StoriesPage(site: site).register(on: router)
        ChangeStoryPage(site: site).register(on: router)
        CoveragePage(site: site).register(on: router)
        PatternsPage(site: site).register(on: router)
        ComposePage(site: site).register(on: router)
        RoundsPage(site: site).register(on: router)
        return router
    }
}
