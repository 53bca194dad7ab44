import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import VerhaalKit

@testable import VerhaalWeb

@Suite("Signing in and out")
struct SignInTests {
    @Test func aPersonalLinkOpensAPageWhoseButtonSignsInWithAStrictHttpOnlyCookie() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let page = try await client.execute(uri: "/aanmelden?token=\(site.paulToken)", method: .get)
            #expect(page.status == .ok)
            #expect(Browser.sessionCookie(in: page) == nil)
            #expect(page.text.contains("<button type=\"submit\" id=\"aanmelden\">Aanmelden</button>"))
            var browser = Browser(client: client, cookie: nil)
            let response = try await browser.signInResponse(token: site.paulToken)
            #expect(response.status == .seeOther)
            #expect(response.location == "/")
            let header = try #require(response.headers[values: .setCookie].first { $0.hasPrefix(LoginCookie.name) })
            #expect(header.contains("HttpOnly"))
            #expect(header.contains("SameSite=Strict"))
            #expect(header.contains("Max-Age=43200"))
            browser.cookie = Browser.sessionCookie(in: response)
            let home = try await browser.get("/")
            #expect(home.status == .ok)
            #expect(home.text.contains("Aangemeld als <strong>Paul</strong>"))
        }
    }

    @Test func pastingTheWholeLinkInTheFormSignsIn() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            var anonymous = Browser(client: client, cookie: nil)
            let form = try await anonymous.get("/aanmelden")
            anonymous.signInCookie = Browser.cookie(named: SignInPage.signInCookieName, in: form)
            let csrf = String(try #require(form.text.firstMatch(of: /name="csrf" value="([0-9a-f]+)"/)).1)
            let response = try await anonymous.post(
                "/aanmelden", [("csrf", csrf), ("token", " http://127.0.0.1:8080/aanmelden?token=\(site.lilianToken) ")])
            #expect(response.status == .seeOther)
            #expect(response.location == "/")
            #expect(Browser.sessionCookie(in: response) != nil)
        }
    }

    @Test func everyPageButSignInNeedsASession() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            for path in ["/", "/vertellen/anekdote", "/verhalen", "/verhalen/zes-indicatoren", "/dekking", "/samenstellen"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .seeOther, "\(path)")
                #expect(response.location == "/aanmelden")
            }
            let post = try await Browser(client: client, cookie: nil).post("/vertellen/anekdote", [("title", "x")])
            #expect(post.status == .unauthorized)
            #expect(try await client.execute(uri: "/aanmelden", method: .get).status == .ok)
        }
        #expect(site.entryFiles().count == 38)
    }

    @Test func aWrongTokenOrAForgedCookieIsRejected() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            var stranger = Browser(client: client, cookie: nil)
            let wrong = try await stranger.signInResponse(token: "niet-geldig")
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("niet (meer) geldig"))
            #expect(Browser.sessionCookie(in: wrong) == nil)
            let browser = try await Browser.signIn(client, token: site.paulToken)
            let real = try #require(browser.cookie)
            let altered = String(real.dropLast()) + (real.last == "A" ? "B" : "A")
            for forged in [altered, "", "a.b.c.d", String(repeating: "x", count: 5000)] {
                let response = try await Browser(client: client, cookie: forged).get("/")
                #expect(response.status == .seeOther)
            }
        }
    }

    @Test func removingAMemberEndsTheirSessionAndTheirLink() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let browser = try await Browser.signIn(client, token: site.lilianToken)
            #expect(try await browser.get("/").status == .ok)
            try site.members.remove(name: "Lilian")
            #expect(try await browser.get("/").status == .seeOther)
            var again = Browser(client: client, cookie: nil)
            #expect(try await again.signInResponse(token: site.lilianToken).status == .unauthorized)
        }
    }

    @Test func repeatedFailedSignInsAreSlowedDown() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            var browser = Browser(client: client, cookie: nil)
            for attempt in 1...SignInThrottle.allowedFailures {
                #expect(try await browser.signInResponse(token: "gok-\(attempt)").status == .unauthorized)
            }
            // Now even the right link waits until the window has passed.
            let refused = try await browser.signInResponse(token: site.paulToken)
            #expect(refused.status == .tooManyRequests)
            let retryAfter = try #require(refused.headers[.retryAfter].flatMap { Int($0) })
            #expect(retryAfter > 500 && retryAfter <= 600)
            #expect(refused.text.contains("Te veel mislukte pogingen"))
        }
    }

    @Test func aWrongTokenIsAnsweredAfterAPause() async throws {
        let throttle = SignInThrottle()
        #expect(throttle.failureDelay >= .milliseconds(200))
        let clock = ContinuousClock()
        let site = try WebTestSite()
        defer { site.remove() }
        let app = Application(router: WebServer.router(site: try Site(root: site.root, throttle: throttle)))
        try await app.test(.router) { client in
            var browser = Browser(client: client, cookie: nil)
            let start = clock.now
            _ = try await browser.signInResponse(token: "fout")
            #expect(clock.now - start >= throttle.failureDelay)
        }
    }

    @Test func signingOutNeedsTheFormsTokenAndClearsTheCookie() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let browser = try await Browser.signIn(client, token: site.paulToken)
            #expect(try await browser.post("/afmelden", []).status == .forbidden)
            let csrf = try await browser.csrf(from: "/")
            let response = try await browser.post("/afmelden", [("csrf", csrf)])
            #expect(response.status == .seeOther)
            #expect(response.headers[.setCookie]?.contains("Max-Age=0") == true)
        }
    }

    // MARK: - Issue 10: promises under attack

    /// 1. A story whose image points at the author's sign-in link signs nobody in.
    @Test func aStoredStoryCannotSwitchTheReadersSession() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let lilian = try await Browser.signIn(client, token: site.lilianToken)
            let csrf = try await lilian.csrf(from: "/vertellen/anekdote")
            let trap = "Kijk: ![foto](/aanmelden?token=\(site.lilianToken)) en ![extern](https://example.org/a.png)"
            let saved = try await lilian.post(
                "/vertellen/anekdote",
                RecordTests.fields(csrf: csrf, title: "Een foto")
                    .map { $0.0 == "text" ? ("text", trap) : $0 })
            #expect(saved.status == .unprocessableContent, "the form refuses a picture check would refuse")
            // Written some other way (by hand, through git), the story still cannot do harm.
            try Data(
                "---\nkind: anecdote\ntitle: Een foto\ndate: 2024-03-05\nteller: Lilian\nlessons: [delen]\n---\n\(trap)\n".utf8
            ).write(to: site.root.appendingPathComponent("Stories/anekdotes/een-foto.md"))
            let location = "/verhalen/een-foto"

            let paul = try await Browser.signIn(client, token: site.paulToken)
            let story = try await paul.get(location)
            #expect(story.status == .ok)
            #expect(!story.text.contains("<img"))
            #expect(story.text.contains("<a href=\"/aanmelden?token=\(site.lilianToken)\">foto</a>"))
            #expect(story.headers[.contentSecurityPolicy]?.contains("img-src 'none'") == true)
            // What the browser would fetch for the image: a page that asks, and no new session.
            let fetched = try await paul.get("/aanmelden?token=\(site.lilianToken)")
            #expect(fetched.status == .ok)
            #expect(Browser.sessionCookie(in: fetched) == nil)
            #expect(fetched.text.contains("Je bent nu aangemeld als Paul."))
            #expect(fetched.text.contains("Nee, blijf aangemeld als Paul"))
            #expect(try await paul.get("/").text.contains("Aangemeld als <strong>Paul</strong>"))
            // A GET never signs in, also not with a method override or a POST-only field.
            #expect(
                try await client.execute(uri: "/aanmelden?token=\(site.lilianToken)", method: .get).headers[.setCookie]
                    .map { !$0.hasPrefix(LoginCookie.name) } ?? true)
        }
    }

    /// 2. Another site's form that posts a member's token does not sign the visitor in.
    @Test func aCrossSiteSignInPostIsRefused() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            // A page elsewhere has neither the sign-in cookie (SameSite=Strict) nor its token.
            let bare = try await Browser(client: client, cookie: nil).post("/aanmelden", [("token", site.paulToken)])
            #expect(bare.status == .forbidden)
            #expect(Browser.sessionCookie(in: bare) == nil)
            // Even with the cookie and a valid token, the browser's own headers give it away.
            for (name, value) in [("Origin", "https://boos.example"), ("Sec-Fetch-Site", "cross-site"), ("Sec-Fetch-Site", "same-site")] {
                var browser = Browser(client: client, cookie: nil)
                browser.extraHeaders[HTTPField.Name(name)!] = value
                let response = try await browser.signInResponse(token: site.paulToken)
                #expect(response.status == .forbidden, "\(name): \(value)")
                #expect(Browser.sessionCookie(in: response) == nil)
                #expect(response.text.contains("alleen vanaf de aanmeldpagina van deze site"))
            }
            // What Chromium sends for the site's own form under `Referrer-Policy: no-referrer`.
            var sameSite = Browser(client: client, cookie: nil)
            sameSite.extraHeaders[HTTPField.Name("Sec-Fetch-Site")!] = "same-origin"
            sameSite.extraHeaders[HTTPField.Name("Origin")!] = "null"
            #expect(try await sameSite.signInResponse(token: site.paulToken).status == .seeOther)
        }
    }

    /// 5. Pages full of wrong sign-in links cannot lock a reader out.
    @Test func wrongLinksInPagesDoNotLockTheReaderOut() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            for attempt in 1...(SignInThrottle.allowedFailures * 2) {
                _ = try await client.execute(uri: "/aanmelden?token=fout-\(attempt)", method: .get)
            }
            var browser = Browser(client: client, cookie: nil)
            #expect(try await browser.signInResponse(token: site.paulToken).status == .seeOther)
        }
    }

    /// 5. Behind a trusted proxy, failures count per forwarded client; otherwise the header is ignored.
    @Test func xForwardedForCountsOnlyFromATrustedProxy() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        // HummingbirdTesting's router client has no socket: its address is "unknown".
        try await site.test(trustedProxies: ["unknown"]) { client in
            var attacker = Browser(client: client, cookie: nil)
            attacker.extraHeaders[.xForwardedFor] = "203.0.113.7"
            for attempt in 1...SignInThrottle.allowedFailures {
                _ = try await attacker.signInResponse(token: "fout-\(attempt)")
            }
            #expect(try await attacker.signInResponse(token: site.paulToken).status == .tooManyRequests)
            var other = Browser(client: client, cookie: nil)
            other.extraHeaders[.xForwardedFor] = "198.51.100.1, 203.0.113.9"
            #expect(try await other.signInResponse(token: site.paulToken).status == .seeOther)
        }
        let untrusted = try WebTestSite()
        defer { untrusted.remove() }
        try await untrusted.test { client in
            for attempt in 1...SignInThrottle.allowedFailures {
                var browser = Browser(client: client, cookie: nil)
                browser.extraHeaders[.xForwardedFor] = "203.0.113.\(attempt)"
                _ = try await browser.signInResponse(token: "fout-\(attempt)")
            }
            var fresh = Browser(client: client, cookie: nil)
            fresh.extraHeaders[.xForwardedFor] = "198.51.100.1"
            #expect(try await fresh.signInResponse(token: untrusted.paulToken).status == .tooManyRequests)
        }
    }

    /// The session cookie is `Secure` when a trusted proxy says the request came over HTTPS,
    /// and not when an untrusted client says so.
    @Test func theSessionCookieIsSecureBehindAnHTTPSProxy() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        @Sendable func sessionHeader(_ response: TestResponse) -> String? {
            response.headers[values: .setCookie].first { $0.hasPrefix(LoginCookie.name + "=") }
        }
        try await site.test(trustedProxies: ["unknown"]) { client in
            var browser = Browser(client: client, cookie: nil)
            browser.extraHeaders[.xForwardedProto] = "https"
            let header = try #require(sessionHeader(try await browser.signInResponse(token: site.paulToken)))
            #expect(header.contains("Secure"), "\(header)")
            var plain = Browser(client: client, cookie: nil)
            let plainHeader = try #require(sessionHeader(try await plain.signInResponse(token: site.paulToken)))
            #expect(!plainHeader.contains("Secure"))
        }
        try await site.test { client in
            var browser = Browser(client: client, cookie: nil)
            browser.extraHeaders[.xForwardedProto] = "https"
            let header = try #require(sessionHeader(try await browser.signInResponse(token: site.paulToken)))
            #expect(!header.contains("Secure"), "an untrusted client's header is ignored")
        }
    }

    /// 6. After signing out, a copied cookie and its CSRF token no longer work.
    @Test func signingOutEndsTheSessionOnTheServer() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let browser = try await Browser.signIn(client, token: site.paulToken)
            let copy = browser
            let csrf = try await browser.csrf(from: "/vertellen/anekdote")
            #expect(try await browser.post("/afmelden", [("csrf", csrf)]).status == .seeOther)
            #expect(try await copy.get("/").status == .seeOther)
            let post = try await copy.post("/vertellen/anekdote", RecordTests.fields(csrf: csrf, title: "Na afmelden"))
            #expect(post.status == .unauthorized)
        }
        #expect(site.entryFiles().count == 38)
    }

    /// 7. `verhaal member signout --all` (LoginStore.endAll) takes effect on the next request.
    @Test func signingEverybodyOutTakesEffectOnTheNextRequest() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let paul = try await Browser.signIn(client, token: site.paulToken)
            let lilian = try await Browser.signIn(client, token: site.lilianToken)
            #expect(try await paul.get("/").status == .ok)
            #expect(try LoginStore(members: site.members).endAll(member: "lilian") == 1)
            #expect(try await lilian.get("/").status == .seeOther)
            #expect(try await paul.get("/").status == .ok)
            #expect(try LoginStore(members: site.members).endAll() == 1)
            #expect(try await paul.get("/").status == .seeOther)
            // Removing the key file no longer pretends to sign anybody out; the links still work.
            #expect(try await Browser.signIn(client, token: site.paulToken).get("/").status == .ok)
        }
    }

    /// 10,050 sign-ins by one member end only that member's oldest sessions, never another's.
    @Test func tenThousandFiftySignInsByOneMemberLeaveAnothersSessionAlive() throws {
        let site = try WebTestSite()
        defer { site.remove() }
        let store = LoginStore(members: site.members)
        let paul = try #require(try site.members.member(named: "Paul"))
        let lilian = try #require(try site.members.member(named: "Lilian"))
        let hers = try store.start(for: lilian)
        var last = ""
        for _ in 0..<10_050 { last = try store.start(for: paul) }
        #expect(try store.member(forCookie: hers)?.name == "Lilian")
        #expect(try store.member(forCookie: last)?.name == "Paul")
        #expect(try store.records().filter { $0.member == "Paul" }.count == LoginStore.maximumPerMember)
    }

    /// Sessions expire on the server after 12 hours.
    @Test func aSessionExpiresAfterTwelveHours() throws {
        let site = try WebTestSite()
        defer { site.remove() }
        let store = LoginStore(members: site.members)
        let paul = try #require(try site.members.member(named: "Paul"))
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        let cookie = try store.start(for: paul, now: start)
        #expect(try store.member(forCookie: cookie, now: start.addingTimeInterval(11 * 3600))?.name == "Paul")
        #expect(try store.member(forCookie: cookie, now: start.addingTimeInterval(12 * 3600 + 1)) == nil)
        let file = try String(contentsOf: store.url, encoding: .utf8)
        #expect(!file.contains(cookie))
    }

    /// 9. A correct sign-in does not wipe the failures before it.
    @Test func aCorrectSignInDoesNotResetTheFailureCount() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            var browser = Browser(client: client, cookie: nil)
            for attempt in 1..<SignInThrottle.allowedFailures {
                _ = try await browser.signInResponse(token: "fout-\(attempt)")
            }
            var member = Browser(client: client, cookie: nil)
            #expect(try await member.signInResponse(token: site.lilianToken).status == .seeOther)
            #expect(try await browser.signInResponse(token: "nog-een-gok").status == .unauthorized)
            #expect(try await browser.signInResponse(token: site.paulToken).status == .tooManyRequests)
        }
    }

    /// 12. When members.json cannot be read, the 500 is a page with the security headers.
    @Test func anUnreadableMemberFileGivesAnErrorPageWithTheHeaders() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let paul = try await Browser.signIn(client, token: site.paulToken)
            try Data("{ kapot".utf8).write(to: site.members.membersURL)
            let response = try await paul.get("/verhalen")
            #expect(response.status == .internalServerError)
            #expect(response.text.contains("<!DOCTYPE html>"))
            #expect(response.headers[.contentSecurityPolicy] == SecurityHeadersMiddleware.contentSecurityPolicy)
            #expect(response.headers[.xContentTypeOptions] == "nosniff")
            #expect(!response.text.contains("kapot"))
        }
    }
}

@Suite("The server over HTTP")
struct LiveServerTests {
    @Test func theApplicationServesTheSignInPageOverALoopbackSocket() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        let app = try WebServer.application(root: site.root, host: "127.0.0.1", port: 0)
        try await app.test(.live) { client in
            let page = try await client.execute(uri: "/aanmelden", method: .get)
            #expect(page.status == .ok)
            #expect(page.text.contains("<h1>Aanmelden</h1>"))
            let browser = try await Browser.signIn(client, token: site.paulToken)
            #expect(try await browser.get("/").status == .ok)
        }
    }

    /// 11. HEAD is answered like GET without a body; an announced oversized body gets 413 at once.
    @Test func headIsAnsweredLikeGetAndAnOversizedBodyIsRefusedEarly() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let head = try await client.execute(uri: "/aanmelden", method: .head)
            #expect(head.status == .ok)
            #expect(head.body.readableBytes == 0)
            #expect(head.headers[.contentSecurityPolicy] != nil)
        }
        let app = try WebServer.application(root: site.root, host: "127.0.0.1", port: 0)
        try await app.test(.live) { client in
            let port = try #require(client.port)
            // The body never comes: the answer must not wait for it.
            let request =
                "POST /aanmelden HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                + "Content-Length: 50000000\r\n\r\ntoken=x"
            let answer = try HalfOpenConnection.firstLine(port: port, sending: request, limit: 10)
            #expect(answer.hasPrefix("HTTP/1.1 413"))
        }
    }

    /// 11. A connection whose request never ends is closed after the idle timeout.
    @Test func aHalfOpenConnectionIsClosedAfterTheIdleTimeout() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        let app = try WebServer.application(root: site.root, host: "127.0.0.1", port: 0, idleTimeout: .seconds(1))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let closedAfter = try HalfOpenConnection.secondsUntilClosed(port: port, sending: "GET / HTTP/1.1\r\nHost: x\r\n", limit: 10)
            #expect(closedAfter < 5)
        }
    }
}
