import Foundation
import Hummingbird

/// Finds the signed-in member from the session cookie and the server's session records, and
/// lets only them past, except to the sign-in page and the stylesheet. Sessions and members are
/// read for every request, so a sign-out, `verhaal member signout` or a removed member takes
/// effect at once.
struct LoginMiddleware: RouterMiddleware {
    typealias Context = WebContext
    static let openPaths: Set<String> = ["/aanmelden", "/stijl.css"]

    let site: Site

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var context = context
        context.login = try login(for: request)
        if context.login == nil && !Self.openPaths.contains(request.uri.path) {
            if request.method == .get || request.method == .head {
                return Response(status: .seeOther, headers: [.location: "/aanmelden"])
            }
            let page = PageRenderer(site: site, login: nil)
            return page.error(.unauthorized, heading: page.strings.signIn.title, message: page.strings.signIn.invalid)
        }
        return try await next(request, context)
    }

    private func login(for request: Request) throws -> MemberLogin? {
        guard let cookie = request.cookies[LoginCookie.name],
            let member = try site.logins.member(forCookie: cookie.value)
        else { return nil }
        return MemberLogin(
            member: member, cookieValue: cookie.value,
            csrfToken: CSRFToken.make(forSession: cookie.value, key: site.key))
    }
}
