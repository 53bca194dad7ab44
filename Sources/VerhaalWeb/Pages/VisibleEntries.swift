import VerhaalKit

/// The entries a member may read: everything shared with the network or the public, and their
/// own private entries; never someone else's private entry.
struct VisibleEntries {
    let entries: [Entry]

    init(library: Library, member: Member) {
        entries = library.entries.filter { Self.may(member, read: $0) }
    }

    static func may(_ member: Member, read entry: Entry) -> Bool {
        entry.share != .private || entry.teller.caseInsensitiveCompare(member.name) == .orderedSame
    }

    func entry(id: String) -> Entry? {
        entries.first { $0.id == id }
    }
}
