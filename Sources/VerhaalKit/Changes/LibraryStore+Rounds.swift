import Foundation

extension LibraryStore {
    /// The folder with the Most Significant Change rounds.
    public var roundsURL: URL { storiesURL.appendingPathComponent(Self.roundsFolder) }

    /// The names of the rounds: the files of `Stories/rondes/` without `.md`.
    public func roundNames() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: roundsURL.path)) ?? [])
            .filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.map { String($0.dropLast(3)) }.sorted()
    }

    /// Every round, with every problem found in them.
    func readRounds(framework: Framework, storyExists: (String) -> Bool) -> (rounds: [MSCRound], diagnostics: [Diagnostic]) {
        var rounds: [MSCRound] = []
        let parser = RoundParser(framework: framework)
        let read = readTextFiles(in: roundsURL) { path in
            Diagnostic(.error, code: .roundNotUTF8, file: path, summary: "the round is not UTF-8 text", hint: "save it as UTF-8")
        }
        var diagnostics = read.diagnostics
        let known = Set(roundNames())
        for file in read.files {
            let (round, problems) = parser.parse(
                file.text, id: file.name, path: file.path, storyExists: storyExists, roundExists: known.contains)
            diagnostics += problems
            if let round { rounds.append(round) }
        }
        rounds.sort { ($0.date, $0.id) < ($1.date, $1.id) }
        return (rounds, diagnostics)
    }

    func roundURL(_ name: String) -> URL { roundsURL.appendingPathComponent("\(name).md") }

    /// Writes a new round; never overwrites one.
    public func createRound(_ round: MSCRound) throws -> String {
        guard EntryID.isValid(round.id) else { throw RoundRefusal.invalidName(round.id) }
        try FileManager.default.createDirectory(at: roundsURL, withIntermediateDirectories: true)
        let url = roundURL(round.id)
        guard try AtomicFile.createExclusively(Data(RoundWriter.text(of: round).utf8), at: url) else {
            throw RoundRefusal.exists(round.id)
        }
        return relativePath(of: url)
    }

    /// Changes a round under the library's lock: reads its file with every check, lets `change`
    /// edit it, checks the result again and writes it whole. Refuses a round with errors.
    /// `library` names the stories that exist (read from disk when nil); the round itself is
    /// always read anew under the lock, so two panels' changes never undo each other.
    public func updateRound(_ name: String, library: Library? = nil, change: (inout MSCRound) throws -> Void) throws {
        guard EntryID.isValid(name) else { throw RoundRefusal.unknownRound(name) }
        try FileManager.default.createDirectory(at: roundsURL, withIntermediateDirectories: true)
        try FileLock.withExclusiveLock(on: roundsURL) {
            let library = library ?? load()
            let parser = RoundParser(framework: library.framework)
            let check = { (text: String) in
                parser.parse(
                    text, id: name, path: relativePath(of: roundURL(name)), storyExists: { library.entry(id: $0) != nil },
                    roundExists: Set(roundNames()).contains)
            }
            guard let data = FileManager.default.contents(atPath: roundURL(name).path) else {
                throw RoundRefusal.unknownRound(name, known: roundNames())
            }
            let (read, errors) = String(data: data, encoding: .utf8).map(check) ?? (nil, [])
            guard var round = read else {
                throw VerhaalError("the round '\(name)' has errors", hint: "fix them (see 'verhaal check')", diagnostics: errors)
            }
            try change(&round)
            let text = RoundWriter.text(of: round)
            if let first = check(text).1.first {
                throw VerhaalError(first.summary, hint: first.hint, diagnostics: [first])
            }
            try AtomicFile.write(Data(text.utf8), to: roundURL(name))
        }
    }
}
