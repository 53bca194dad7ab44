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
            try FileManager.default.copyItem(at: Self.packageRoot.appendingPathComponent(item),
                                             to: root.appendingPathComponent(item))
        }
        members = MemberStore(root: root)
        paulToken = try members.add(name: "Paul", coordinator: true).token
        lilianToken = try members.add(name: "Lilian", coordinator: false).token
    }

    /// Runs `test` against the application, with sign-in failures answered at once.
    func test(_ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let site = try Site(root: root, throttle: SignInThrottle(failureDelay: .zero))
        let app = Application(router: WebServer.router(site: site))
        try await app.test(.router, test)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    func entryFiles() -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: root.appendingPathComponent("Stories").path)
        return (enumerator?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".md") }.sorted()
    }
}

/// A signed-in browser: keeps the session cookie and reads CSRF tokens from pages.
struct Browser: Sendable {
    let client: any TestClientProtocol
    var cookie: String?

    /// Signs in with a personal link, as a click on it would.
    static func signIn(_ client: any TestClientProtocol, token: String) async throws -> Browser {
        let response = try await client.execute(uri: "/aanmelden?token=\(token)", method: .get)
        #expect(response.status == .ok)
        let cookie = try #require(Browser.sessionCookie(in: response))
        return Browser(client: client, cookie: cookie)
    }

    static func sessionCookie(in response: TestResponse) -> String? {
        guard let header = response.headers[.setCookie], header.hasPrefix(SessionCookie.name + "=") else { return nil }
        let value = header.dropFirst(SessionCookie.name.count + 1).prefix { $0 != ";" }
        return value.isEmpty ? nil : String(value)
    }

    func get(_ uri: String) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: headers())
    }

    /// Posts `fields` as a browser posts a form.
    func post(_ uri: String, _ fields: [(String, String)]) async throws -> TestResponse {
        var headers = headers()
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await client.execute(uri: uri, method: .post, headers: headers,
                                        body: ByteBuffer(string: Self.encode(fields)))
    }

    /// The CSRF token in the form on the page at `uri`.
    func csrf(from uri: String) async throws -> String {
        let page = try await get(uri).text
        let match = try #require(page.firstMatch(of: /name="csrf" value="([0-9a-f]+)"/))
        return String(match.1)
    }

    private func headers() -> HTTPFields {
        var headers = HTTPFields()
        if let cookie { headers[.cookie] = "\(SessionCookie.name)=\(cookie)" }
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
