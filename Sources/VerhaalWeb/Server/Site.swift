import Crypto
import Foundation
import Mustache
import VerhaalKit

/// Everything the pages share: the library's stores, the session key, the templates and the
/// sign-in throttle. The library itself is read again for every request, so that entries
/// edited on disk while the server runs are seen at once.
final class Site: Sendable {
    let store: LibraryStore
    let members: MemberStore
    private let keyBytes: Data
    let templates: MustacheLibrary
    let throttle: SignInThrottle

    init(root: URL, throttle: SignInThrottle = SignInThrottle()) throws {
        store = LibraryStore(root: root)
        members = MemberStore(root: root)
        keyBytes = try members.sessionKey()
        templates = try PageRenderer.library()
        self.throttle = throttle
    }

    /// The key that signs session cookies and CSRF tokens.
    var key: SymmetricKey { SymmetricKey(data: keyBytes) }

    /// The strings for the library's language, read from `verhaal.yaml` now.
    func strings() -> WebStrings {
        WebStrings.forLanguage(store.loadSettings().0.language)
    }

    /// The library as it is on disk now.
    func library() -> Library {
        store.load()
    }
}
