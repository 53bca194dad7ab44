import Hummingbird

/// Answers 413 at once when `Content-Length` announces a body over the limit, instead of
/// waiting for a body that will be refused anyway.
struct BodyLimitMiddleware: RouterMiddleware {
    typealias Context = WebContext

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > WebLimits.maximumBodyBytes {
            throw HTTPError(.contentTooLarge)
        }
        return try await next(request, context)
    }
}
