import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import VerhaalKit

@testable import VerhaalWeb

/// A copy of the sample library in a temporary folder, with two members, served by the real
/// router through HummingbirdTesting.
struct WebTestSite {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let root: URL
    let members: MemberStore
    /// Paul is a coordinator; Lilian a member.
    let paulToken: String
    let lilianToken: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("verhaal-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for item in ["Stories", "verhaal.yaml"] {
            try FileManager.default.copyItem(
                at: Self.packageRoot.appendingPathComponent(item),
                to: root.appendingPathComponent(item))
        }
        members = MemberStore(root: root)
        paulToken = try members.add(name: "Paul", coordinator: true).token
        lilianToken = try members.add(name: "Lilian", coordinator: false).token
    }

    /// Runs `test` against the application, with sign-in failures answered at once.
    func test(
        trustedProxies: Set<String> = [],
        _ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        let site = try Site(root: root, throttle: SignInThrottle(failureDelay: .zero), trustedProxies: trustedProxies)
        let app = Application(router: WebServer.router(site: site))
        try await app.test(.router, test)
    }

    /// Runs `test` against the application and its site, the files watched or not.
    func test(
        watchingFiles: Bool, _ test: @escaping @Sendable (any TestClientProtocol, Site) async throws -> Void
    ) async throws {
        let site = try Site(root: root, throttle: SignInThrottle(failureDelay: .zero), watchFiles: watchingFiles)
        let app = Application(router: WebServer.router(site: site))
        try await app.test(.router) { client in try await test(client, site) }
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    func entryFiles() -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: root.appendingPathComponent("Stories").path)
        return (enumerator?.allObjects as? [String] ?? []).filter {
            $0.hasSuffix(".md") && !$0.hasPrefix("duiding/") && !$0.hasPrefix("sessies/") && !$0.hasPrefix("rondes/")
        }.sorted()
    }
}

/// A signed-in browser: keeps the session cookie (and the sign-in page's cookie) and reads
/// CSRF tokens from pages.
struct Browser: Sendable {
    let client: any TestClientProtocol
    var cookie: String?
    /// The sign-in page's cookie, which its CSRF token is made from.
    var signInCookie: String?
    /// Extra headers every request sends (`Origin`, `Sec-Fetch-Site`).
    var extraHeaders = HTTPFields()

    init(client: any TestClientProtocol, cookie: String?, signInCookie: String? = nil) {
        self.client = client
        self.cookie = cookie
        self.signInCookie = signInCookie
    }

    /// Signs in with a personal link, as a click on it and on the page's button would.
    static func signIn(_ client: any TestClientProtocol, token: String) async throws -> Browser {
        var browser = Browser(client: client, cookie: nil)
        let response = try await browser.signInResponse(token: token)
        #expect(response.status == .seeOther)
        browser.cookie = try #require(Browser.sessionCookie(in: response))
        return browser
    }

    /// Opens a personal link and presses the button: the POST's response.
    mutating func signInResponse(token: String) async throws -> TestResponse {
        let page = try await get("/aanmelden?token=\(token)")
        #expect(page.status == .ok)
        if let value = Browser.cookie(named: SignInPage.signInCookieName, in: page) { signInCookie = value }
        let csrf = try #require(page.text.firstMatch(of: /name="csrf" value="([0-9a-f]+)"/)).1
        let hidden = try #require(page.text.firstMatch(of: /name="token" value="([^"]*)"/)).1
        return try await post("/aanmelden", [("csrf", String(csrf)), ("token", String(hidden))])
    }

    static func sessionCookie(in response: TestResponse) -> String? {
        cookie(named: LoginCookie.name, in: response)
    }

    /// The value a response sets for the cookie `name`; nil when it sets none or clears it.
    static func cookie(named name: String, in response: TestResponse) -> String? {
        for header in response.headers[values: .setCookie] where header.hasPrefix(name + "=") {
            let value = header.dropFirst(name.count + 1).prefix { $0 != ";" }
            return value.isEmpty ? nil : String(value)
        }
        return nil
    }

    func get(_ uri: String) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: headers())
    }

    /// Posts `fields` as a browser posts a form.
    func post(_ uri: String, _ fields: [(String, String)]) async throws -> TestResponse {
        var headers = headers()
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await client.execute(
            uri: uri, method: .post, headers: headers,
            body: ByteBuffer(string: Self.encode(fields)))
    }

    /// The CSRF token in the form on the page at `uri`.
    func csrf(from uri: String) async throws -> String {
        let page = try await get(uri).text
        let match = try #require(page.firstMatch(of: /name="csrf" value="([0-9a-f]+)"/))
        return String(match.1)
    }

    private func headers() -> HTTPFields {
        var headers = extraHeaders
        var cookies: [String] = []
        if let cookie { cookies.append("\(LoginCookie.name)=\(cookie)") }
        if let signInCookie { cookies.append("\(SignInPage.signInCookieName)=\(signInCookie)") }
        if !cookies.isEmpty { headers[.cookie] = cookies.joined(separator: "; ") }
        return headers
    }

    static func encode(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.map { key, value in
            let encode = { (text: String) in
                text.addingPercentEncoding(withAllowedCharacters: allowed)!.replacingOccurrences(of: "%20", with: "+")
            }
            return encode(key) + "=" + encode(value)
        }.joined(separator: "&")
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
    var location: String? { headers[.location] }
}
