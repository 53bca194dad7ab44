import Foundation
import Hummingbird

/// Signing in with a personal link, and signing out.
struct SignInPage {
    let site: Site

    struct Fields: Decodable {
        var token: String?
    }

    struct SignOutFields: CSRFProtected {
        var csrf: String?
    }

    func register(on router: Router<WebContext>) {
        router.get("/aanmelden") { request, context in
            let query = try? request.uri.decodeQuery(as: Fields.self, context: context)
            if let token = query?.token, !token.isEmpty {
                return try await signIn(token: token, context: context, fromLink: true)
            }
            if context.session != nil { return Response(status: .seeOther, headers: [.location: "/"]) }
            return form(problem: nil, status: .ok)
        }
        router.post("/aanmelden") { request, context in
            let fields = try await FormReader.decode(Fields.self, from: request, context: context)
            return try await signIn(token: fields.token ?? "", context: context, fromLink: false)
        }
        router.post("/afmelden") { request, context in
            _ = try await FormReader.decodeChecked(SignOutFields.self, from: request, context: context, site: site)
            var response = Response(status: .seeOther, headers: [.location: "/aanmelden"])
            response.setCookie(Cookie(name: SessionCookie.name, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
    }

    private func signIn(token rawToken: String, context: WebContext, fromLink: Bool) async throws -> Response {
        let strings = site.strings()
        if let seconds = await site.throttle.retryAfter(for: context.remoteAddress) {
            let minutes = max(1, (seconds + 59) / 60)
            var response = form(problem: strings.signIn.tooMany.filled(with: minutes), status: .tooManyRequests)
            response.headers[.retryAfter] = String(seconds)
            return response
        }
        let token = Self.token(in: rawToken)
        guard token.utf8.count <= 200, let member = try site.members.member(withToken: token) else {
            await site.throttle.recordFailure(for: context.remoteAddress)
            try await Task.sleep(for: site.throttle.failureDelay)
            return form(problem: strings.signIn.invalid, status: .unauthorized)
        }
        await site.throttle.recordSuccess(for: context.remoteAddress)
        let value = SessionCookie(member: member).value(key: site.key)
        let cookie = Cookie(name: SessionCookie.name, value: value, maxAge: Int(SessionCookie.lifetime), path: "/",
                            httpOnly: true, sameSite: .strict)
        var response: Response
        if fromLink {
            let session = MemberSession(member: member, cookieValue: value,
                                        csrfToken: CSRFToken.make(forSession: value, key: site.key))
            response = PageRenderer(site: site, session: session).render(
                .welcome, title: strings.signIn.title, ["welcome": strings.signIn.welcome.filled(with: member.name)])
        } else {
            response = Response(status: .seeOther, headers: [.location: "/"])
        }
        response.setCookie(cookie)
        return response
    }

    /// The token in what was pasted: a whole link (`…?token=X`) or the token alone.
    static func token(in text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let range = trimmed.range(of: "token=") else { return trimmed }
        return String(trimmed[range.upperBound...].prefix { $0 != "&" && $0 != "#" })
    }

    private func form(problem: String?, status: HTTPResponse.Status) -> Response {
        let page = PageRenderer(site: site, session: nil)
        var values: [String: Any] = [:]
        if let problem { values["problem"] = problem }
        return page.render(.signIn, title: page.strings.signIn.title, status: status, values)
    }
}
