/// Who may see an entry: a promise to the teller.
public enum ShareLevel: String, Sendable, Codable, CaseIterable {
    /// Never leaves the library.
    case `private`
    /// Shared within the organisation network (the default).
    case network
    /// May appear in public documents.
    case `public`

    /// One plain sentence on what the level promises.
    public var promise: String {
        switch self {
        case .private: "only in this library; never in any export"
        case .network: "in documents for the network (audience: network)"
        case .public: "also in public documents (audience: public)"
        }
    }
}
