/// What a pattern run may show a reader who is not a coordinator reading their own library.
/// Rare categories are merged into "overig" before anything is counted; a group still under
/// `k` is left out; small cells are hidden together with enough others that none can be worked
/// out from what is shown beside it; no test involves a group under `k`; no teller is named.
public struct DisclosureRule: Sendable, Equatable {
    /// The smallest group that may be shown or tested.
    public var k: Int

    public init(k: Int = 3) {
        self.k = max(2, k)
    }

    /// The cells of a table whose row and column totals a reader may know that must be hidden
    /// (`CellSuppression`): every nonzero cell when no pattern of hidden cells protects it.
    public func hiddenCells(in table: [[Int]]) -> [[Bool]] {
        CellSuppression.hidden(table, k: k) ?? table.map { $0.map { $0 > 0 } }
    }

    /// How a hidden cell reads: the same for every hidden cell, so that a reader cannot tell a
    /// small group from a cell hidden to protect one.
    public static let hiddenLabel = "x"
}
