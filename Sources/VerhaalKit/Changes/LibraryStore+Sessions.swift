import Foundation

extension LibraryStore {
    /// The folder with session records.
    public var sessionsURL: URL { storiesURL.appendingPathComponent(Self.sessionsFolder) }

    /// Every session record, with every problem found in them. `storyExists` says whether a
    /// resonant story's id is a usable story of the library.
    func readSessions(storyExists: (String) -> Bool) -> (sessions: [SessionRecord], diagnostics: [Diagnostic]) {
        var sessions: [SessionRecord] = []
        let parser = SessionParser()
        let read = readTextFiles(in: sessionsURL) { path in
            Diagnostic(.error, code: .sessionNotUTF8, file: path, summary: "the session record is not UTF-8 text", hint: "save it as UTF-8")
        }
        var diagnostics = read.diagnostics
        for file in read.files {
            let (session, problems) = parser.parse(file.text, id: file.name, path: file.path, storyExists: storyExists)
            diagnostics += problems
            if let session { sessions.append(session) }
        }
        sessions.sort { ($0.date, $0.id) < ($1.date, $1.id) }
        return (sessions, diagnostics)
    }

    /// Writes a new session record to fill in, `Stories/sessies/DATE-SLUG.md`, and returns its
    /// path relative to the library root. Never overwrites.
    public func createSession(title: String, date: LocalDate, facilitator: String, spelvorm: Int?) throws -> String {
        let slug = EntryID.slug(from: title)
        guard !slug.isEmpty else {
            throw VerhaalError("the title '\(title)' gives no file name", hint: "use letters or digits in the title")
        }
        try FileManager.default.createDirectory(at: sessionsURL, withIntermediateDirectories: true)
        let url = sessionsURL.appendingPathComponent("\(date)-\(slug).md")
        let text = try SessionTemplate.forLanguage(loadSettings().0.language)
            .text(title: title, date: date, facilitator: facilitator, spelvorm: spelvorm)
        guard try AtomicFile.createExclusively(Data(text.utf8), at: url) else {
            throw VerhaalError("\(relativePath(of: url)) exists already", hint: "choose another title or date")
        }
        return relativePath(of: url)
    }
}
