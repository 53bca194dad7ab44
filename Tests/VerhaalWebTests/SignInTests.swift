import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import VerhaalWeb

@Suite("Signing in and out")
struct SignInTests {
    @Test func aPersonalLinkSignsInWithAStrictHttpOnlyExpiringCookie() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let response = try await client.execute(uri: "/aanmelden?token=\(site.paulToken)", method: .get)
            #expect(response.status == .ok)
            #expect(response.text.contains("Welkom, Paul"))
            let header = try #require(response.headers[.setCookie])
            #expect(header.contains("HttpOnly"))
            #expect(header.contains("SameSite=Strict"))
            #expect(header.contains("Max-Age=43200"))
            let browser = try await Browser.signIn(client, token: site.paulToken)
            let home = try await browser.get("/")
            #expect(home.status == .ok)
            #expect(home.text.contains("Aangemeld als <strong>Paul</strong>"))
        }
    }

    @Test func pastingTheWholeLinkInTheFormSignsIn() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            let anonymous = Browser(client: client, cookie: nil)
            let response = try await anonymous.post("/aanmelden", [("token", " http://127.0.0.1:8080/aanmelden?token=\(site.lilianToken) ")])
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
            let wrong = try await client.execute(uri: "/aanmelden?token=niet-geldig", method: .get)
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("niet (meer) geldig"))
            #expect(wrong.headers[.setCookie] == nil)
            let browser = try await Browser.signIn(client, token: site.paulToken)
            // The same cookie with another name in it, or another signature, is no session.
            let parts = try #require(browser.cookie).split(separator: ".").map(String.init)
            let otherName = [Base64URL.encode(Data("Lilian".utf8)), parts[1], parts[2], parts[3]].joined(separator: ".")
            let otherSignature = [parts[0], parts[1], parts[2], String(repeating: "0", count: 64)].joined(separator: ".")
            for forged in [otherName, otherSignature, "", "a.b.c.d"] {
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
            let again = try await client.execute(uri: "/aanmelden?token=\(site.lilianToken)", method: .get)
            #expect(again.status == .unauthorized)
        }
    }

    @Test func repeatedFailedSignInsAreSlowedDown() async throws {
        let site = try WebTestSite()
        defer { site.remove() }
        try await site.test { client in
            for attempt in 1...SignInThrottle.allowedFailures {
                let response = try await client.execute(uri: "/aanmelden?token=gok-\(attempt)", method: .get)
                #expect(response.status == .unauthorized)
            }
            // Now even the right link waits until the window has passed.
            let refused = try await client.execute(uri: "/aanmelden?token=\(site.paulToken)", method: .get)
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
            let start = clock.now
            _ = try await client.execute(uri: "/aanmelden?token=fout", method: .get)
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
            let signedIn = try await client.execute(uri: "/aanmelden?token=\(site.paulToken)", method: .get)
            #expect(signedIn.status == .ok)
            #expect(Browser.sessionCookie(in: signedIn) != nil)
        }
    }
}
