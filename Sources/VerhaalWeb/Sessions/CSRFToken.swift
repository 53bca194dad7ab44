import Crypto
import Foundation

/// The hidden `csrf` field of every form: an HMAC of the session cookie, so another site can
/// neither read nor forge it, and it changes with every sign-in.
enum CSRFToken {
    static let fieldName = "csrf"

    static func make(forSession cookieValue: String, key: SymmetricKey) -> String {
        SessionCookie.signature(of: "csrf:" + cookieValue, key: key)
    }

    static func isValid(_ token: String?, forSession cookieValue: String, key: SymmetricKey) -> Bool {
        guard let token, let given = Data(hex: token) else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(given, authenticating: Data(("csrf:" + cookieValue).utf8), using: key)
    }
}
