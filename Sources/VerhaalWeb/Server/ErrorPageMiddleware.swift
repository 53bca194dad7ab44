import Hummingbird
import Logging

/// Turns refused requests (404, 403, 413, …) into a page in the library's language instead of
/// a bare status line, and an unexpected failure into a 500 page that gives nothing away.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = WebContext

    let site: Site

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            return page(for: error.status, context: context)
        } catch FormRejection.missingCSRFToken {
            let renderer = PageRenderer(site: site, login: context.login)
            let errors = renderer.strings.errors
            return renderer.error(.forbidden, heading: errors.forbidden, message: errors.expiredForm)
        } catch {
            context.logger.error("request failed: \(error)")
            return page(for: .internalServerError, context: context)
        }
    }

    private func page(for status: HTTPResponse.Status, context: WebContext) -> Response {
        let renderer = PageRenderer(site: site, login: context.login)
        let errors = renderer.strings.errors
        switch status {
        case .notFound:
            return renderer.error(status, heading: errors.notFound, message: errors.notFoundText)
        case .forbidden:
            return renderer.error(status, heading: errors.forbidden, message: errors.forbiddenText)
        case .contentTooLarge:
            let limit = "\(WebLimits.maximumBodyBytes / 1_000_000) MB"
            return renderer.error(status, heading: errors.tooLarge, message: errors.tooLargeText.filled(with: limit))
        case .unauthorized:
            return renderer.error(status, heading: renderer.strings.signIn.title, message: renderer.strings.signIn.invalid)
        default:
            return renderer.error(status, heading: errors.badRequest, message: errors.badRequestText)
        }
    }
}
