/// Words in stories that look like people's names and that no list covers: what a coordinator
/// reviews before a public export (`verhaal names check`). A run of capitalised words (with
/// `van`, `de`, `der` … between them) counts, or one capitalised word within a sentence; words
/// that are organisations, places or the list's names, and words the library also writes in
/// lower case, do not.
public struct NameCandidate: Sendable, Equatable, Encodable {
    public var name: String
    public var count: Int
    /// The stories (or session records, rounds, observations) it stands in, by id, at most five.
    public var stories: [String]
}

public enum NameCandidates {
    static let particles: Set<String> = ["van", "de", "der", "den", "ter", "te", "ten", "het", "'t", "in", "op"]

    /// The candidates in `entries` and in the library's other texts a document shows (session
    /// records, rounds, observations), most frequent first.
    public static func find(in entries: [Entry], library: Library) -> [NameCandidate] {
        var others: [(id: String, texts: [String])] = library.sessions.map { session in
            (session.id, [session.title, session.facilitator, session.text] + session.participantNames + session.outcomes.map(\.text))
        }
        others += library.rounds.map { round in
            (round.id, [round.panel, round.note] + round.choices.flatMap { [$0.reason, $0.dissent ?? ""] })
        }
        others += library.observations.map { observation in
            (observation.id, [observation.title, observation.author, observation.text] + observation.interpretations.map(\.text))
        }
        return find(in: entries, others: others, names: library.personNames)
    }

    /// The candidates in `entries` and `others`, most frequent first.
    static func find(in entries: [Entry], others: [(id: String, texts: [String])] = [], names: PersonNames) -> [NameCandidate] {
        let listed = NameReplacer(names.pairs.map { ($0.name, $0.name) })
        var known = Set<String>()
        var lowercase = Set<String>()
        for entry in entries {
            for phrase in entry.organizations + [entry.place].compactMap({ $0 }) + entry.tags {
                known.formUnion(words(in: phrase).map(\.text))
            }
            for text in [entry.title, entry.body] {
                for word in words(in: text) where word.text.first?.isLowercase == true { lowercase.insert(word.text.lowercased()) }
            }
        }
        var counts: [String: (count: Int, stories: [String])] = [:]
        let sources = entries.map { entry in
            (id: entry.id, texts: [entry.title, entry.body, entry.speaker ?? "", entry.role ?? "", entry.source ?? ""] + entry.people)
        }
        for (id, texts) in sources + others {
            for text in texts {
                for found in runs(in: text) {
                    // "In Gennep", "Bij Zijdekwartier": a common word that opens a sentence is no part of a name.
                    let run = Array(found.drop { particles.contains($0.lowercased()) || lowercase.contains($0.lowercased()) })
                    let plain = run.filter { !particles.contains($0) }
                    guard !plain.isEmpty, !plain.allSatisfy(known.contains) else { continue }
                    guard plain.count > 1 || !lowercase.contains(plain[0].lowercased()) else { continue }
                    let name = run.joined(separator: " ")
                    guard listed.people(in: name).isEmpty else { continue }
                    var found = counts[name] ?? (0, [])
                    found.count += 1
                    if !found.stories.contains(id) && found.stories.count < 5 { found.stories.append(id) }
                    counts[name] = found
                }
            }
        }
        return counts.map { NameCandidate(name: $0.key, count: $0.value.count, stories: $0.value.stories) }
            .sorted { ($0.count, $1.name) > ($1.count, $0.name) }
    }

    /// The words of a text, each with whether a sentence starts at it and whether a mark
    /// (a comma, a bracket) stands before it, which ends a name.
    static func words(in text: String) -> [(text: String, startsSentence: Bool, afterMark: Bool)] {
        var result: [(String, Bool, Bool)] = []
        var current = ""
        var sentenceStart = true
        var mark = false
        var startOfCurrent = (sentence: true, mark: false)
        for character in text {
            if character.isLetter || (!current.isEmpty && (character == "-" || character == "'" || character == "’")) {
                if current.isEmpty { startOfCurrent = (sentenceStart, mark) }
                current.append(character)
                continue
            }
            if !current.isEmpty {
                result.append((current, startOfCurrent.sentence, startOfCurrent.mark))
                current = ""
                sentenceStart = false
                mark = false
            }
            if ".!?:;\n#>*-|\"“„(".contains(character) || character.isNumber { sentenceStart = true }
            if !character.isWhitespace { mark = true }
        }
        if !current.isEmpty { result.append((current, startOfCurrent.sentence, startOfCurrent.mark)) }
        return result
    }

    /// The runs of capitalised words (a single one only within a sentence).
    static func runs(in text: String) -> [[String]] {
        var runs: [[String]] = []
        var run: [String] = []
        var runStartsSentence = false
        func close() {
            while let last = run.last, particles.contains(last) { run.removeLast() }
            if run.count > 1 || (run.count == 1 && !runStartsSentence) { runs.append(run) }
            run = []
        }
        for (word, startsSentence, afterMark) in words(in: text) {
            if afterMark && !run.isEmpty { close() }
            let capitalised = word.first?.isUppercase == true && word.count > 1
            if capitalised && !(startsSentence && !run.isEmpty) {
                if run.isEmpty { runStartsSentence = startsSentence }
                run.append(word)
            } else if !run.isEmpty && particles.contains(word) {
                run.append(word)
            } else {
                close()
                if capitalised {
                    runStartsSentence = startsSentence
                    run.append(word)
                }
            }
        }
        close()
        return runs
    }
}
