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
        guard EntryID.isValid(round.id) else {
            throw VerhaalError(
                "'\(round.id)' is not a valid round name", hint: "use lower-case letters, digits and hyphens, e.g. netwerktafel-2020")
        }
        try FileManager.default.createDirectory(at: roundsURL, withIntermediateDirectories: true)
        let url = roundURL(round.id)
        guard try AtomicFile.createExclusively(Data(RoundWriter.text(of: round).utf8), at: url) else {
            throw VerhaalError("the round '\(round.id)' exists already", hint: "choose another name, or 'verhaal round pick' in it")
        }
        return relativePath(of: url)
    }

    /// Changes a round under the library's lock: reads it with every check, lets `change` edit
    /// it, checks the result again and writes it whole. Refuses a round with errors.
    public func updateRound(_ name: String, change: (inout MSCRound, Library) throws -> Void) throws {
        try FileManager.default.createDirectory(at: roundsURL, withIntermediateDirectories: true)
        try FileLock.withExclusiveLock(on: roundsURL) {
            let library = load()
            guard var round = library.rounds.first(where: { $0.id == name }) else {
                let errors = library.diagnostics.filter { $0.file == relativePath(of: roundURL(name)) }
                throw VerhaalError(
                    errors.isEmpty ? "there is no round '\(name)'" : "the round '\(name)' has errors",
                    hint: errors.isEmpty ? "open it with 'verhaal round open \(name) --panel PANEL'" : "fix them (see 'verhaal check')",
                    diagnostics: errors)
            }
            try change(&round, library)
            let text = RoundWriter.text(of: round)
            let (_, problems) = RoundParser(framework: library.framework).parse(
                text, id: name, path: round.path, storyExists: { library.entry(id: $0) != nil },
                roundExists: Set(roundNames()).contains)
            if let first = problems.first {
                throw VerhaalError(first.summary, hint: first.hint, diagnostics: problems)
            }
            try AtomicFile.write(Data(text.utf8), to: roundURL(name))
        }
    }
}
