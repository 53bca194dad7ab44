import Foundation

/// Suggests the known key a misspelt one was probably meant to be.
public enum KeySuggestion {
    /// Answers already given: a library made by another tool repeats its extra key in every file.
    private static let answers = Locked<[[String]: String?]>([:])

    /// The closest known key within two edits (`lesson` → `lessons`), or nil.
    public static func closest(to key: String, among known: [String]) -> String? {
        let question = [key] + known
        if let answer = answers.withLock({ $0[question] }) { return answer }
        let lowered = Array(key.lowercased())
        let answer =
            known
            .filter { abs($0.count - lowered.count) <= 2 }
            .map { ($0, distance(lowered, Array($0.lowercased()))) }
            .filter { $0.1 <= 2 }
            .min { $0.1 < $1.1 }?
            .0
        answers.withLock { answers in
            if answers.count > 1000 { answers.removeAll() }
            answers[question] = answer
        }
        return answer
    }

    /// "did you mean 'x'? " to begin a hint with, or "" when no known name is close.
    public static func didYouMean(_ written: String, among known: [String]) -> String {
        closest(to: written, among: known).map { "did you mean '\($0)'? " } ?? ""
    }

    /// Damerau–Levenshtein distance (optimal string alignment): insertions, deletions,
    /// substitutions and swaps of two neighbours each count one, so `lsit` is one from `list`.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        var beforePrevious: [Int] = []
        var previous = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var current = [i + 1]
            for (j, cb) in b.enumerated() {
                var best = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1))
                if i > 0, j > 0, ca == b[j - 1], a[i - 1] == cb { best = min(best, beforePrevious[j - 1] + 1) }
                current.append(best)
            }
            beforePrevious = previous
            previous = current
        }
        return previous[b.count]
    }
}
