import Crypto
import Foundation

/// A signed, expiring session: `<member>.<expiry>.<link>.<signature>`.
///
/// `member` is the member's name in URL-safe base64, `expiry` Unix seconds, `link` the first
/// characters of the member's token hash (a new link ends the sessions of the old one) and
/// `signature` an HMAC-SHA256 over the rest with the library's session key. Nothing is kept on
/// the server, so sessions survive a restart; removing the member ends them.
struct SessionCookie: Equatable {
    static let name = "verhaal_sessie"
    /// How long a sign-in lasts.
    static let lifetime: TimeInterval = 12 * 60 * 60

    var memberName: String
    var expiry: Date
    var linkFingerprint: String

    init(member: Member, now: Date = Date()) {
        memberName = member.name
        expiry = now.addingTimeInterval(Self.lifetime)
        linkFingerprint = String(member.tokenHash.prefix(16))
    }

    /// The cookie value, signed with `key`.
    func value(key: SymmetricKey) -> String {
        let payload = [
            Base64URL.encode(Data(memberName.utf8)),
            String(Int(expiry.timeIntervalSince1970)),
            linkFingerprint,
        ].joined(separator: ".")
        return payload + "." + Self.signature(of: payload, key: key)
    }

    /// The session in a cookie value, when its signature is right and it has not expired.
    static func verified(_ value: String, key: SymmetricKey, now: Date = Date()) -> SessionCookie? {
        guard value.utf8.count < 1_000 else { return nil }
        let parts = value.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 4 else { return nil }
        let payload = parts[0...2].joined(separator: ".")
        guard let signature = Data(hex: parts[3]),
              HMAC<SHA256>.isValidAuthenticationCode(signature, authenticating: Data(payload.utf8), using: key),
              let nameData = Base64URL.decode(parts[0]),
              let name = String(data: nameData, encoding: .utf8),
              let seconds = TimeInterval(parts[1])
        else { return nil }
        let expiry = Date(timeIntervalSince1970: seconds)
        guard expiry > now else { return nil }
        return SessionCookie(memberName: name, expiry: expiry, linkFingerprint: parts[2])
    }

    /// True when the session belongs to this member's current link.
    func belongs(to member: Member) -> Bool {
        member.name == memberName && member.tokenHash.hasPrefix(linkFingerprint) && linkFingerprint.count == 16
    }

    static func signature(of text: String, key: SymmetricKey) -> String {
        Hex.encode(HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key))
    }

    private init(memberName: String, expiry: Date, linkFingerprint: String) {
        self.memberName = memberName
        self.expiry = expiry
        self.linkFingerprint = linkFingerprint
    }
}
