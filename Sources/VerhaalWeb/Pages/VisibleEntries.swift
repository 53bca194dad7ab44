import VerhaalKit

/// The entries a member may read (`Readership.member`): everything shared with the network or
/// the public, and their own private entries; never someone else's private entry.
struct VisibleEntries {
    let library: Library
    let readership: Readership

    init(library: Library, member: Member) {
        self.library = library
        readership = .member(member.name)
    }

    /// Every entry the member may read, in library order.
    var entries: [Entry] {
        // Only private entries can be hidden: without any the member may not read, no filter.
        privateEntriesHidden == 0 ? library.entries : library.entries.filter(readership.mayRead)
    }

    /// How many entries the member may not read.
    var privateEntriesHidden: Int { library.privateEntries.count { !readership.mayRead($0) } }

    /// The entry with this id, if the member may read it; one the member may not read is
    /// missing, as an id that names nothing.
    func entry(id: String) -> Entry? {
        library.entry(id: id).flatMap { readership.mayRead($0) ? $0 : nil }
    }
}
