import Hummingbird
import NIOCore

/// What the server knows about one request beyond the request itself: who sent it and, once
/// `LoginMiddleware` has looked, the signed-in member.
public struct WebContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The client's IP address, for slowing down failed sign-ins.
    let remoteAddress: String
    var login: MemberLogin?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    public var maxUploadSize: Int { WebLimits.maximumBodyBytes }

    /// The signed-in member's session; every page but sign-in has one.
    func requireLogin() throws -> MemberLogin {
        guard let login else { throw HTTPError(.unauthorized) }
        return login
    }
}

/// A signed-in member and the values their forms carry.
struct MemberLogin: Sendable {
    var member: Member
    /// The session cookie's value, which the CSRF token is made from.
    var cookieValue: String
    var csrfToken: String
}
