/// The thresholds of a pattern run.
public struct PatternOptions: Sendable {
    /// No test below this many stories (or tellers, for a question about the teller).
    public var minimumN = 20
    /// Below this many stories (or tellers) a test is reported as one on few stories.
    public var suggestiveBelow = 30
    /// In a coordinator's run, cells with fewer stories show as "<N" and none of their stories
    /// is listed.
    public var minimumCell = 3
    /// The disclosure rule for every reader but a coordinator; nil shows every count.
    public var disclosure: DisclosureRule?

    public init(minimumN: Int = 20, minimumCell: Int = 3, disclosure: DisclosureRule? = nil) {
        self.minimumN = minimumN
        self.minimumCell = minimumCell
        self.disclosure = disclosure
    }
}
