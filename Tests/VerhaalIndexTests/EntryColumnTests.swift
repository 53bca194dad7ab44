import Testing

@testable import VerhaalIndex

/// An entry's row is read by column name: each name's position is its place in the selection.
@Suite struct EntryColumnTests {
    @Test func eachColumnIsReadFromItsOwnPlaceInTheSelection() {
        let selected = EntryColumns.selection(bodies: true).split(separator: ", ").map(String.init)
        #expect(selected.first == "path")
        for column in EntryColumn.allCases {
            #expect(column.index == EntryColumn.allCases.firstIndex(of: column), "\(column)")
            #expect(selected[column.position] == column.rawValue, "\(column)")
        }
        #expect(selected.count == EntryColumn.allCases.count + 1)
    }
}
