import HTTPTypes
import Hummingbird

/// Where a request comes from: whether a page of another site sent it, and the client's
/// address for the sign-in throttle.
enum RequestOrigin {
    /// True when the browser says another site sent the request (`Sec-Fetch-Site`), or its
    /// `Origin` is not this server's own host. A request that says neither (an old browser, a
    /// script) is judged by its CSRF token alone. `Origin: null` says nothing: browsers send it
    /// for the site's own forms, since every page has `Referrer-Policy: no-referrer`.
    static func isCrossSite(_ request: Request) -> Bool {
        if let site = request.headers[.secFetchSite], !["same-origin", "none"].contains(site.lowercased()) {
            return true
        }
        guard let origin = request.headers[.origin], origin != "null" else { return false }
        guard let host = request.head.authority else { return true }
        let originHost = origin.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first.map(String.init)
        return originHost?.lowercased() != host.lowercased()
    }

    /// True when a trusted proxy says the browser's request came over HTTPS (`X-Forwarded-Proto`).
    static func cameOverHTTPS(_ request: Request, context: WebContext, trustedProxies: Set<String>) -> Bool {
        trustedProxies.contains(context.remoteAddress)
            && request.headers[.xForwardedProto]?.split(separator: ",").first?.trimmingCharacters(in: .whitespaces).lowercased() == "https"
    }

    /// The client's address: the connection's, or, when that is a trusted proxy, the last
    /// address the proxy appended to `X-Forwarded-For`.
    static func clientAddress(of request: Request, context: WebContext, trustedProxies: Set<String>) -> String {
        guard trustedProxies.contains(context.remoteAddress),
            let forwarded = request.headers[.xForwardedFor],
            let last = forwarded.split(separator: ",").last?.trimmingCharacters(in: .whitespaces),
            !last.isEmpty
        else { return context.remoteAddress }
        return last
    }
}

extension HTTPField.Name {
    static let secFetchSite = HTTPField.Name("Sec-Fetch-Site")!
    static let xForwardedFor = HTTPField.Name("X-Forwarded-For")!
    static let xForwardedProto = HTTPField.Name("X-Forwarded-Proto")!
}
