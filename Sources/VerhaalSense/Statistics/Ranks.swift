/// Ranks with ties given their average rank (1-based), as scipy's `rankdata` does, and the sizes
/// of the tied groups (in the order of their values).
enum Ranks {
    static func average(_ values: [Double]) -> (ranks: [Double], tieSizes: [Int]) {
        countingRanks(values) ?? sortingRanks(values)
    }

    /// Answers to a scale are whole numbers from 0 to 100: counted into 101 buckets, their ranks
    /// take one pass instead of a sort (the same numbers, to the bit: the same formula on the
    /// same integers). Nil when a value is anything else.
    static func countingRanks(_ values: [Double]) -> (ranks: [Double], tieSizes: [Int])? {
        var counts = [Int](repeating: 0, count: 101)
        for value in values {
            guard value >= 0, value <= 100, value == value.rounded() else { return nil }
            counts[Int(value)] += 1
        }
        var rankOfValue = [Double](repeating: 0, count: 101)
        var tieSizes: [Int] = []
        var start = 0
        for (value, count) in counts.enumerated() where count > 0 {
            let end = start + count - 1
            rankOfValue[value] = Double(start + end + 2) / 2
            tieSizes.append(count)
            start = end + 1
        }
        return (values.map { rankOfValue[Int($0)] }, tieSizes)
    }

    static func sortingRanks(_ values: [Double]) -> (ranks: [Double], tieSizes: [Int]) {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var tieSizes: [Int] = []
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
            let rank = Double(start + end + 2) / 2
            for index in start...end { ranks[order[index]] = rank }
            tieSizes.append(end - start + 1)
            start = end + 1
        }
        return (ranks, tieSizes)
    }
}
