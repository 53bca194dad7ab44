/// Who reads the library: the command line, which works on the files themselves and sees every
/// entry, or one member of the web collector, who may read what is shared with the network or
/// the public and their own private entries, never another member's private entry.
public enum Readership: Sendable, Equatable {
    case wholeLibrary
    case member(String)

    /// True when this readership may see `entry`. An entry it may not see behaves exactly like
    /// a missing one in every message, list and id it is given.
    public func mayRead(_ entry: Entry) -> Bool {
        switch self {
        case .wholeLibrary: true
        case .member(let name): entry.share != .private || entry.teller.caseInsensitiveCompare(name) == .orderedSame
        }
    }
}
