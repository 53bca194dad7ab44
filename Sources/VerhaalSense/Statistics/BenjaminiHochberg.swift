/// Benjamini–Hochberg q-values for all the tests of one run (scipy's
/// `false_discovery_control(method="bh")`): the false discovery rate at which each test would
/// still count, so that hundreds of tests at once do not make chance look like a pattern.
public enum BenjaminiHochberg {
    public static func qValues(_ pValues: [Double]) -> [Double] {
        let m = Double(pValues.count)
        let order = pValues.indices.sorted { pValues[$0] < pValues[$1] }
        var q = [Double](repeating: 1, count: pValues.count)
        var running = 1.0
        for (position, index) in order.enumerated().reversed() {
            running = min(running, pValues[index] * m / Double(position + 1))
            q[index] = min(1, running)
        }
        return q
    }
}
