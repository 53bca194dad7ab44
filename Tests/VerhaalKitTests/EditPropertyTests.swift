import Foundation
import PropertyBased
import Testing
import VerhaalTestSupport

@testable import VerhaalKit

/// `edit` never drops a value it was not asked to drop (issue 10, point 14).
@Suite struct EditPropertyTests {
    static let words = ["delen", "resultaat", "samenwerken", "netwerk", "x", "wijk", "Delen", "dynamiek"]

    @Test func randomEditsKeepEveryValueTheyWereNotAskedToRemove() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("verhaal-edit-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let store = try LibraryStore.create(at: root, language: "nl")
        let pick = Gen<Int>.value(in: 0...(Self.words.count - 1)).array(of: 0...4)
        await propertyCheck(count: 60, input: pick, pick, pick, pick) { lessonPicks, tagPicks, addPicks, removePicks in
            let lessons = Self.unique(lessonPicks.map { Self.words[$0] })
            let tags = Self.unique(tagPicks.map { Self.words[$0] })
            let added = addPicks.map { Self.words[$0] }
            let removed = removePicks.map { Self.words[$0] }
            let file =
                "---\nkind: anecdote\ntitle: T\ndate: 2019-01-01\nteller: P\nlessons: [\(lessons.joined(separator: ", "))]\n"
                + "tags: [\(tags.joined(separator: ", "))]\n---\nTekst.\n"
            let url = store.storiesURL.appendingPathComponent("anekdotes/t.md")
            try? Data(file.utf8).write(to: url)
            var changes = EntryChanges()
            changes.addTags = added
            changes.removeTags = removed
            changes.addLessons = added.filter { Framework.essay.lesson(matching: $0) != nil }
            changes.removeLessons = removed
            _ = try? store.edit(id: "t", changes)
            let after = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            let written = FrontMatterLists(yaml: (try? FrontMatterDocument(splitting: after))?.yaml ?? "")
            func isRemoved(_ value: String, by list: [String], lesson: Bool) -> Bool {
                list.contains { removal in
                    let id = lesson ? (Framework.essay.lesson(matching: removal)?.id ?? removal) : removal
                    return id.caseInsensitiveCompare(value) == .orderedSame
                }
            }
            for value in lessons where !isRemoved(value, by: removed, lesson: true) {
                #expect(written.values(of: "lessons").contains(value), "lesson \(value) dropped: \(file) → \(after)")
            }
            for value in tags where !isRemoved(value, by: removed, lesson: false) {
                #expect(written.values(of: "tags").contains(value), "tag \(value) dropped: \(file) → \(after)")
            }
        }
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0.lowercased()).inserted }
    }
}
