import Foundation
import Hummingbird

/// Signing in with a personal link, and signing out.
///
/// Opening a link (a GET) never signs anybody in: it shows a page whose button posts the
/// token. That POST must come from this site (`Origin`, `Sec-Fetch-Site`) and carry the CSRF
/// token of the sign-in cookie the page set, so neither a story's image nor another site's
/// form can sign a visitor in, switch their session, or use up the throttle.
struct SignInPage {
    let site: Site

    struct LinkFields: Decodable {
        var token: String?
    }

    struct SignInFields: CSRFProtected {
        var csrf: String?
        var token: String?
    }

    struct SignOutFields: CSRFProtected {
        var csrf: String?
    }

    /// The values of the sign-in form and of the page a link opens.
    struct Content: Encodable, Sendable {
        var signInCSRF: String
        var problem: String?
        var token: String?
        var switchWarning: String?
        var stayLine: String?
    }

    /// The cookie that ties the sign-in form to the browser that opened it.
    static let signInCookieName = "verhaal_aanmelding"

    func register(on router: Router<WebContext>) {
        router.get("/aanmelden") { request, context in
            let query = try? request.uri.decodeQuery(as: LinkFields.self, context: context)
            if let token = query?.token, !token.isEmpty {
                return confirmation(token: token, request: request, context: context)
            }
            if context.login != nil { return Response(status: .seeOther, headers: [.location: "/"]) }
            return form(problem: nil, status: .ok, request: request, context: context)
        }
        router.post("/aanmelden") { request, context in
            let fields = try await FormReader.decode(SignInFields.self, from: request, context: context)
            guard !RequestOrigin.isCrossSite(request),
                let cookie = request.cookies[Self.signInCookieName]?.value,
                CSRFToken.isValid(fields.csrf, forSession: "signin:" + cookie, key: site.key)
            else {
                return form(problem: site.strings().signIn.crossSite, status: .forbidden, request: request, context: context)
            }
            return try await signIn(token: fields.token ?? "", request: request, context: context)
        }
        router.post("/afmelden") { request, context in
            let session = try context.requireLogin()
            _ = try await FormReader.decodeChecked(SignOutFields.self, from: request, context: context, site: site)
            try site.logins.end(cookie: session.cookieValue)
            var response = Response(status: .seeOther, headers: [.location: "/aanmelden"])
            response.setCookie(site.cookie(LoginCookie.name, value: "", maxAge: 0, path: "/", request: request, context: context))
            return response
        }
    }

    private func signIn(token rawToken: String, request: Request, context: WebContext) async throws -> Response {
        let strings = site.strings()
        let address = RequestOrigin.clientAddress(of: request, context: context, trustedProxies: site.trustedProxies)
        if let seconds = await site.throttle.retryAfter(for: address) {
            let minutes = max(1, (seconds + 59) / 60)
            var response = form(
                problem: strings.signIn.tooMany.filled(with: minutes), status: .tooManyRequests, request: request, context: context)
            response.headers[.retryAfter] = String(seconds)
            return response
        }
        let token = Self.token(in: rawToken)
        guard token.utf8.count <= 200, let member = try site.members.member(withToken: token) else {
            await site.throttle.recordFailure(for: address)
            try await Task.sleep(for: site.throttle.failureDelay)
            return form(problem: strings.signIn.invalid, status: .unauthorized, request: request, context: context)
        }
        // A visitor who was signed in as someone else chose to switch: that session ends.
        if let previous = context.login { try site.logins.end(cookie: previous.cookieValue) }
        let value = try site.logins.start(for: member)
        var response = Response(status: .seeOther, headers: [.location: "/"])
        response.setCookie(
            site.cookie(
                LoginCookie.name, value: value, maxAge: Int(LoginCookie.lifetime), path: "/", request: request, context: context))
        response.setCookie(site.cookie(Self.signInCookieName, value: "", maxAge: 0, path: "/aanmelden", request: request, context: context))
        return response
    }

    /// The page a personal link opens: the token is not looked at until the button is pressed.
    private func confirmation(token: String, request: Request, context: WebContext) -> Response {
        let page = PageRenderer(site: site, login: context.login)
        let (cookie, csrf) = signInCookie(for: request, context: context)
        let name = context.login?.member.name
        var response = page.render(
            .confirm, title: page.strings.signIn.title,
            Content(
                signInCSRF: csrf, token: String(token.prefix(200)),
                switchWarning: name.map(page.strings.signIn.switchWarning.filled(with:)),
                stayLine: name.map(page.strings.signIn.stay.filled(with:))))
        if let cookie { response.setCookie(cookie) }
        return response
    }

    /// The token in what was pasted: a whole link (`…?token=X`) or the token alone.
    static func token(in text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let range = trimmed.range(of: "token=") else { return trimmed }
        return String(trimmed[range.upperBound...].prefix { $0 != "&" && $0 != "#" })
    }

    private func form(problem: String?, status: HTTPResponse.Status, request: Request, context: WebContext) -> Response {
        let page = PageRenderer(site: site, login: nil)
        let (cookie, csrf) = signInCookie(for: request, context: context)
        var response = page.render(
            .signIn, title: page.strings.signIn.title, status: status,
            Content(signInCSRF: csrf, problem: problem))
        if let cookie { response.setCookie(cookie) }
        return response
    }

    /// The browser's sign-in cookie (a new one when it has none) and the CSRF token made from it.
    private func signInCookie(for request: Request, context: WebContext) -> (Cookie?, String) {
        if let value = request.cookies[Self.signInCookieName]?.value, value.utf8.count <= 100 {
            return (nil, CSRFToken.make(forSession: "signin:" + value, key: site.key))
        }
        let value = LoginCookie.newValue()
        let cookie = site.cookie(Self.signInCookieName, value: value, maxAge: 3600, path: "/aanmelden", request: request, context: context)
        return (cookie, CSRFToken.make(forSession: "signin:" + value, key: site.key))
    }
}
