import Foundation
import VerhaalKit

/// The blocks of every section and subsection as DocBook, each written by an `XMLWriter` of its
/// own on every core (the largest first, so that no core is left with a large one at the end),
/// and handed to `DocBookBlocks.write` in document order: a section before its subsections.
/// Each part is let go once handed out, so the parts and the growing document together hold
/// about one document's bytes.
struct DocBookSectionParts {
    private var parts: [Data]
    private var position = 0

    init(_ sections: [Section], images: [String: ImageAsset]) throws {
        var all: [Section] = []
        func add(_ section: Section) {
            all.append(section)
            section.subsections.forEach(add)
        }
        sections.forEach(add)
        let inOrder = all
        let largestFirst = all.indices.sorted { Self.weight(of: all[$0]) > Self.weight(of: all[$1]) }
        let written = Locked<[Result<Data, Error>?]>.slots(all.count)
        DispatchQueue.concurrentPerform(iterations: all.count) { turn in
            let index = largestFirst[turn]
            let part = Result {
                let xml = try XMLWriter()
                let blocks = DocBookBlocks(xml: xml, images: images)
                try blocks.writeSectionContent(DocBookBlocks.written(inOrder[index].blocks.expandingMarkdown()))
                return try xml.fragment()
            }
            written.withLock { $0[index] = part }
        }
        let results: [Result<Data, Error>] = written.filled()
        parts = try results.map { try $0.get() }
        byteCount = parts.reduce(0) { $0 + $1.count }
    }

    /// How many sections there are, and the bytes of all their parts.
    var count: Int { parts.count }
    let byteCount: Int

    /// The next section's blocks; empty when it has none.
    mutating func next() -> Data {
        guard position < parts.count else { return Data() }
        defer {
            parts[position] = Data()
            position += 1
        }
        return parts[position]
    }

    /// About how much writing a section's own blocks takes: a table or list counts its rows.
    private static func weight(of section: Section) -> Int {
        section.blocks.reduce(0) { sum, block in
            switch block {
            case .table(let table): sum + table.rows.count
            case .list(_, let items): sum + items.count
            case .questions(_, let questions): sum + questions.count
            case .references(_, let references): sum + references.count
            default: sum + 1
            }
        }
    }
}
