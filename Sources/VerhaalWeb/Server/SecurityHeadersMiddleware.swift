import HTTPTypes
import Hummingbird

/// Headers that keep pages from being framed, sniffed or scripted, and keep sign-in links out
/// of `Referer` headers.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = WebContext

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicyHeader] = "no-referrer"
        response.headers[.xFrameOptionsHeader] = "DENY"
        return response
    }
}

extension HTTPField.Name {
    static let referrerPolicyHeader = HTTPField.Name("Referrer-Policy")!
    static let xFrameOptionsHeader = HTTPField.Name("X-Frame-Options")!
}
