import Crypto
import Foundation

/// The hidden `csrf` field of every form: an HMAC of the session cookie (or, on the sign-in
/// page, of the sign-in cookie), so another site can neither read nor forge it, and it changes
/// with every sign-in.
enum CSRFToken {
    static let fieldName = "csrf"

    static func make(forSession cookieValue: String, key: SymmetricKey) -> String {
        Hex.encode(HMAC<SHA256>.authenticationCode(for: Data(("csrf:" + cookieValue).utf8), using: key))
    }

    static func isValid(_ token: String?, forSession cookieValue: String, key: SymmetricKey) -> Bool {
        guard let token, let given = Data(hex: token) else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(given, authenticating: Data(("csrf:" + cookieValue).utf8), using: key)
    }
}
