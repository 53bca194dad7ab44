import Foundation

/// A network member who may sign in to the web collector.
///
/// The member's name is the `teller` of every entry they record. Only a hash of their sign-in
/// token is kept.
public struct Member: Sendable, Codable, Equatable {
    /// The name as given to `verhaal member add`, e.g. "Paul".
    public var name: String
    /// Coordinators also compose and download the exports.
    public var isCoordinator: Bool
    /// SHA-256 of the sign-in token, hexadecimal.
    public var tokenHash: String
    /// When the member was added (YYYY-MM-DD).
    public var added: String
    /// The address their commits carry (`member add --email`); `naam@verhaal.invalid` when nil.
    public var email: String?

    public init(name: String, isCoordinator: Bool, tokenHash: String, added: String) {
        self.name = name
        self.isCoordinator = isCoordinator
        self.tokenHash = tokenHash
        self.added = added
    }

    enum CodingKeys: String, CodingKey {
        case name
        case isCoordinator = "coordinator"
        case tokenHash = "token_sha256"
        case added, email
    }
}
