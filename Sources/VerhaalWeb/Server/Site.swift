import Crypto
import Foundation
import Hummingbird
import Mustache
import VerhaalGit
import VerhaalIndex
import VerhaalKit

/// Everything the pages share: the library's stores, the live library, the sessions, the CSRF
/// key, the templates, the sign-in throttle and the proxies whose `X-Forwarded-For` is believed.
/// The live library is kept in memory and follows the files through the index and inotify, so
/// that entries edited on disk while the server runs are seen within a second.
final class Site: Sendable {
    let store: LibraryStore
    let live: LiveLibrary
    let members: MemberStore
    let logins: LoginStore
    private let keyBytes: Data
    let templates: MustacheLibrary
    let throttle: SignInThrottle
    /// Addresses of reverse proxies (`serve --trusted-proxy`): only for requests from these is
    /// the client taken from `X-Forwarded-For`.
    let trustedProxies: Set<String>
    /// True when every cookie is `Secure` (`serve --secure-cookies`); otherwise only those of
    /// requests that a trusted proxy says came over HTTPS.
    let secureCookies: Bool
    /// The last commit that failed, for the coordinators' home page; nil once one succeeds.
    let commitProblem = Locked<String?>(nil)

    /// With `watchFiles` false, the library finds changes by a stat scan at most once a second.
    init(
        root: URL, throttle: SignInThrottle = SignInThrottle(), trustedProxies: Set<String> = [], watchFiles: Bool = true,
        useIndex: Bool = true, secureCookies: Bool = false
    ) throws {
        self.secureCookies = secureCookies
        store = LibraryStore(root: root)
        live = LiveLibrary(store: store, watching: watchFiles, useIndex: useIndex)
        members = MemberStore(root: root)
        logins = LoginStore(members: members)
        keyBytes = try members.sessionKey()
        templates = try PageRenderer.library()
        self.throttle = throttle
        self.trustedProxies = trustedProxies
    }

    /// A cookie of this site: HTTP only, same site only, and `Secure` when the request came
    /// over HTTPS through a trusted proxy or the server was told all requests do.
    func cookie(_ name: String, value: String, maxAge: Int, path: String, request: Request, context: WebContext) -> Cookie {
        let secure = secureCookies || RequestOrigin.cameOverHTTPS(request, context: context, trustedProxies: trustedProxies)
        return Cookie(name: name, value: value, maxAge: maxAge, path: path, secure: secure, httpOnly: true, sameSite: .strict)
    }

    /// The key that signs CSRF tokens.
    var key: SymmetricKey { SymmetricKey(data: keyBytes) }

    /// The strings for the library's language, from `verhaal.yaml` as the live library last
    /// read it; without waiting for an update, since pages ask it on the event loops.
    func strings() -> WebStrings {
        WebStrings.forLanguage(live.language)
    }

    /// The library as it is on disk now. Blocking: pages call it through
    /// `PageRenderer.library()`, off the event loops.
    func library() -> Library {
        live.library()
    }

    /// Tells the live library of a file a form just wrote, so the next page shows it.
    func noteChange() {
        live.noteChange()
    }

    /// Commits what a page just wrote, by the member who did it, when the library is a git
    /// work tree. A failing commit leaves the change written: its problem comes back (and is
    /// kept for the coordinators' home page).
    func commit(paths: [String], by member: Member, _ message: CommitMessage) async -> String? {
        let repository = LibraryRepository(store: store)
        guard await repository.isRepository() else { return nil }
        do {
            try await repository.commit(
                paths: paths, message: message.text(in: Language(code: live.language)),
                author: CommitAuthor(name: member.name, email: member.email))
            commitProblem.withLock { $0 = nil }
            return nil
        } catch {
            let problem = (error as? VerhaalError)?.message ?? "\(error)"
            commitProblem.withLock { $0 = problem }
            return problem
        }
    }

    /// Commits what a server killed between writing and committing left behind, before the
    /// first request: afterwards every change's commit holds only its own paths.
    func commitLeftovers() async {
        let repository = LibraryRepository(store: store)
        guard await repository.isRepository() else { return }
        do {
            try await repository.commitLeftovers(language: Language(code: live.language))
        } catch {
            commitProblem.withLock { $0 = (error as? VerhaalError)?.message ?? "\(error)" }
        }
    }

    /// Syncs with the library's git remote every `interval` until cancelled. A failure is kept
    /// for the coordinators' home page (as a failing commit is) and the next round tries again.
    func syncForever(every interval: Duration) async {
        let repository = LibraryRepository(store: store)
        while !Task.isCancelled {
            do {
                try await Task.sleep(for: interval)
                guard await repository.isRepository() else { continue }
                // Not cancelled with the server: a git stopped halfway would leave its lock behind.
                let language = Language(code: live.language)
                let report = try await Task { try await repository.sync(language: language) }.value
                if report.arrived > 0 { noteChange() }
                commitProblem.withLock { if $0?.hasPrefix("sync: ") == true { $0 = nil } }
            } catch is CancellationError {
                return
            } catch {
                let problem = "sync: " + ((error as? VerhaalError)?.message ?? "\(error)")
                commitProblem.withLock { $0 = problem }
            }
        }
    }

    /// The renderer for a page that needs a signed-in member.
    func page(for context: WebContext) throws -> PageRenderer {
        PageRenderer(site: self, login: try context.requireLogin())
    }
}
