/// A range of a scale's values that counts as one group: `30-39`, or a wider one (`0-29`) where
/// the disclosure rule merged neighbours so that no bin holds fewer than k stories.
public struct ScaleBin: Sendable, Equatable {
    public var lower: Int
    public var upper: Int

    public var label: String { "\(lower)-\(upper)" }

    /// The ten bins of a scale: 0–9, 10–19, …, 90–100.
    public static let tens: [ScaleBin] = (0..<10).map { ScaleBin(lower: $0 * 10, upper: $0 == 9 ? 100 : $0 * 10 + 9) }

    /// The index of the bin that holds `value` (values outside 0…100 go to the nearest end).
    static func index(of value: Double, in bins: [ScaleBin]) -> Int {
        let number = Int(value)
        return bins.firstIndex { number <= $0.upper } ?? bins.count - 1
    }
}
