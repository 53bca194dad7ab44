import VerhaalKit

/// The entries a member may read (`Readership.member`): everything shared with the network or
/// the public, and their own private entries; never someone else's private entry.
struct VisibleEntries {
    let entries: [Entry]

    init(library: Library, member: Member) {
        let readership = Readership.member(member.name)
        entries = library.entries.filter(readership.mayRead)
    }

    func entry(id: String) -> Entry? {
        entries.first { $0.id == id }
    }
}
