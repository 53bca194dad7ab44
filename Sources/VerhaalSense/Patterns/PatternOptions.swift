/// The thresholds of a pattern run.
public struct PatternOptions: Sendable {
    /// No test below this many stories.
    public var minimumN = 20
    /// Below this many stories a result is "suggestive".
    public var suggestiveBelow = 30
    /// Cells with fewer stories show as "<N" and none of their stories is listed.
    public var minimumCell = 3

    public init(minimumN: Int = 20, minimumCell: Int = 3) {
        self.minimumN = minimumN
        self.minimumCell = minimumCell
    }
}
