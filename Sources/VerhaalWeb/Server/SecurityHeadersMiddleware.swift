import HTTPTypes
import Hummingbird

/// Headers that keep pages from being framed, sniffed or scripted (only the collector's own
/// `FormScript` runs), keep sign-in links out of
/// `Referer` headers, and let no page load an image: a story's images are shown as links.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = WebContext

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            // Nothing below answered: a bare 500 that still carries the headers.
            context.logger.error("request failed: \(error)")
            response = PageRenderer.html("<!DOCTYPE html><title>500</title><p>500</p>", status: .internalServerError)
        }
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicyHeader] = "no-referrer"
        response.headers[.xFrameOptionsHeader] = "DENY"
        return response
    }

    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
}

extension HTTPField.Name {
    static let referrerPolicyHeader = HTTPField.Name("Referrer-Policy")!
    static let xFrameOptionsHeader = HTTPField.Name("X-Frame-Options")!
}
