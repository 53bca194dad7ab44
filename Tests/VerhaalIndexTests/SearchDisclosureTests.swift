import Foundation
import Testing
import VerhaalIndex
import VerhaalKit

/// A search's order, as a member sees it, depends only on what that member may read.
@Suite struct SearchDisclosureTests {
    static func story(_ title: String, _ text: String, teller: String, share: String, date: String = "2020-02-02") -> String {
        "---\nkind: anecdote\ntitle: \(title)\ndate: \(date)\nteller: \(teller)\nlessons: [grenzeloos]\nshare: \(share)\n---\n\(text)\n"
    }

    /// The member's order for "W C" in a library with or without another member's private
    /// stories that hold W.
    static func order(withOthersPrivate: Bool, attackerShares share: String) throws -> [String] {
        let library = try IndexedLibrary(sample: false)
        try library.write(Self.story("Gedeeld een", "koffie en thee", teller: "Anna", share: "network"), to: "Stories/gedeeld-een.md")
        try library.write(Self.story("Gedeeld twee", "koffie koffie", teller: "Anna", share: "public"), to: "Stories/gedeeld-twee.md")
        // The three-story probe: "W C C C", "W W W C", "C".
        try library.write(
            Self.story("Proef een", "wethouder koffie koffie koffie", teller: "Bram", share: share, date: "2020-03-01"),
            to: "Stories/proef-een.md")
        try library.write(
            Self.story("Proef twee", "wethouder wethouder wethouder koffie", teller: "Bram", share: share, date: "2020-03-02"),
            to: "Stories/proef-twee.md")
        try library.write(Self.story("Proef drie", "koffie", teller: "Bram", share: share, date: "2020-03-03"), to: "Stories/proef-drie.md")
        if withOthersPrivate {
            for number in 1...6 {
                try library.write(
                    Self.story("Geheim \(number)", "de wethouder zei iets over de wethouder", teller: "Carla", share: "private"),
                    to: "Stories/geheim-\(number).md")
            }
        }
        let index = try LibraryIndex(store: library.store)
        _ = try index.library()
        let reader = Readership.member("Bram")
        let entries = try index.library().entries
        let ids = try #require(try index.searchIDs("wethouder koffie"))
        return ids.filter { id in entries.first { $0.id == id }.map(reader.mayRead) ?? false }
    }

    @Test func searchOrderIsTheSameWithAndWithoutOtherMembersPrivateStories() throws {
        for share in ["private", "network"] {
            let without = try Self.order(withOthersPrivate: false, attackerShares: share)
            let with = try Self.order(withOthersPrivate: true, attackerShares: share)
            #expect(without == with, "probes shared as \(share)")
            #expect(Set(with) == ["proef-een", "proef-twee"], "only what the member may read")
        }
    }
}
