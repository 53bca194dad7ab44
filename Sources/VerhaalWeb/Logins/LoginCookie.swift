import Foundation

/// The session cookie: a random session id that means nothing without the server's record of
/// it in `LoginStore`, so signing out, `verhaal member signout` and removing a member end a
/// session at once, even for someone who copied the cookie.
enum LoginCookie {
    static let name = "verhaal_sessie"
    /// How long a sign-in lasts.
    static let lifetime: TimeInterval = 12 * 60 * 60

    /// A new session id: 256 random bits, URL-safe base64.
    static func newValue() -> String {
        Base64URL.encode(Data(SignInToken.randomBytes(count: 32)))
    }
}
