/// Suggests the known key a misspelt one was probably meant to be.
enum KeySuggestion {
    /// The closest known key within two edits (`lesson` → `lessons`), or nil.
    static func closest(to key: String, among known: [String]) -> String? {
        let lowered = key.lowercased()
        return
            known
            .map { ($0, distance(Array(lowered), Array($0))) }
            .filter { $0.1 <= 2 }
            .min { $0.1 < $1.1 }?
            .0
    }

    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var current = [i + 1]
            for (j, cb) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
