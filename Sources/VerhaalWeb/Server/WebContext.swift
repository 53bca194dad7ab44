import Hummingbird
import NIOCore

/// What the server knows about one request beyond the request itself: who sent it and, once
/// `SessionMiddleware` has looked, the signed-in member.
public struct WebContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The client's IP address, for slowing down failed sign-ins.
    let remoteAddress: String
    var session: MemberSession?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    public var maxUploadSize: Int { WebLimits.maximumBodyBytes }

    /// The signed-in member's session; every page but sign-in has one.
    func requireSession() throws -> MemberSession {
        guard let session else { throw HTTPError(.unauthorized) }
        return session
    }
}

/// A signed-in member and the values their forms carry.
struct MemberSession: Sendable {
    var member: Member
    /// The session cookie's value, which the CSRF token is made from.
    var cookieValue: String
    var csrfToken: String
}
