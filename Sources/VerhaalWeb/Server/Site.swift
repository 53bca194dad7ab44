import Crypto
import Foundation
import Mustache
import VerhaalKit

/// Everything the pages share: the library's stores, the sessions, the CSRF key, the
/// templates, the sign-in throttle and the proxies whose `X-Forwarded-For` is believed. The
/// library itself is read again for every request, so that entries edited on disk while the
/// server runs are seen at once.
final class Site: Sendable {
    let store: LibraryStore
    let members: MemberStore
    let sessions: SessionStore
    private let keyBytes: Data
    let templates: MustacheLibrary
    let throttle: SignInThrottle
    /// Addresses of reverse proxies (`serve --trusted-proxy`): only for requests from these is
    /// the client taken from `X-Forwarded-For`.
    let trustedProxies: Set<String>

    init(root: URL, throttle: SignInThrottle = SignInThrottle(), trustedProxies: Set<String> = []) throws {
        store = LibraryStore(root: root)
        members = MemberStore(root: root)
        sessions = SessionStore(members: members)
        keyBytes = try members.sessionKey()
        templates = try PageRenderer.library()
        self.throttle = throttle
        self.trustedProxies = trustedProxies
    }

    /// The key that signs CSRF tokens.
    var key: SymmetricKey { SymmetricKey(data: keyBytes) }

    /// The strings for the library's language, read from `verhaal.yaml` now.
    func strings() -> WebStrings {
        WebStrings.forLanguage(store.loadSettings().0.language)
    }

    /// The library as it is on disk now. Blocking: pages call it through
    /// `PageRenderer.library()`, off the event loops.
    func library() -> Library {
        store.load()
    }

    /// The renderer for a page that needs a signed-in member.
    func page(for context: WebContext) throws -> PageRenderer {
        PageRenderer(site: self, session: try context.requireSession())
    }
}
