/// Who a composition is for; decides which entries may go in.
public enum Audience: String, Sendable, Codable, CaseIterable {
    /// The organisation network: `network` and `public` entries.
    case network
    /// Anyone: only `public` entries.
    case `public`

    /// True when an entry shared at `level` may appear in a document for this audience.
    /// A `private` entry never may.
    public func allows(_ level: ShareLevel) -> Bool {
        switch (self, level) {
        case (_, .private): false
        case (.network, _): true
        case (.public, .public): true
        case (.public, _): false
        }
    }
}
