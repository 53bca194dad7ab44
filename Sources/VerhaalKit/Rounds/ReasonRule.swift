/// The rule for a panel's reason: at least one full sentence of at least eight words. A
/// choice without a real reason teaches a teller nothing. `check`, the CLI and the web share it.
public enum ReasonRule {
    public static let minimumWords = 8

    /// The number of words in the longest sentence of `reason`.
    public static func longestSentence(_ reason: String) -> Int {
        reason.split(whereSeparator: { ".!?".contains($0) }).map { $0.split(whereSeparator: \.isWhitespace).count }.max() ?? 0
    }

    /// What is wrong with `reason`, or nil when it gives one.
    public static func problem(_ reason: String) -> String? {
        let longest = longestSentence(reason)
        return longest < minimumWords ? problem(longestSentence: longest) : nil
    }

    static func problem(longestSentence longest: Int) -> String {
        "the reason needs at least one sentence of \(minimumWords) words or more (the longest has \(longest))"
    }

    /// What the hint of every message about a short reason says.
    public static let hint = "say in full sentences why this story matters most in this domain, as the panel would tell the teller"
}
