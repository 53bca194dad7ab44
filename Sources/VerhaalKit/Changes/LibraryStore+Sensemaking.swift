import Foundation

extension LibraryStore {
    /// The folder with observations and marks.
    public var sensemakingURL: URL { storiesURL.appendingPathComponent(Self.sensemakingFolder) }

    /// The marks file, `Stories/duiding/markeringen.yaml`.
    public var marksURL: URL { sensemakingURL.appendingPathComponent(Self.marksFile) }

    public static let marksFile = "markeringen.yaml"

    /// Every observation and the marks, with every problem found in them.
    func readSensemaking(framework: Framework) -> (observations: [Observation], marks: PatternMarks, diagnostics: [Diagnostic]) {
        var observations: [Observation] = []
        let parser = ObservationParser(framework: framework)
        let read = readTextFiles(in: sensemakingURL) { path in
            Diagnostic(
                .error, code: .observationNotUTF8, file: path, summary: "the observation is not UTF-8 text", hint: "save it as UTF-8")
        }
        var diagnostics = read.diagnostics
        for file in read.files {
            let (observation, problems) = parser.parse(file.text, id: file.name, path: file.path)
            diagnostics += problems
            if let observation { observations.append(observation) }
        }
        observations.sort { ($0.date, $0.id) < ($1.date, $1.id) }
        var marks = PatternMarks()
        var isMarksPresent = stat()
        if lstat(marksURL.path, &isMarksPresent) == 0 {
            switch EntryFileReader.read(marksURL, path: relativePath(of: marksURL), root: root) {
            case .data(let data):
                // Invalid UTF-8 becomes U+FFFD, which the YAML reader then reports with its line.
                let (read, problems) = PatternMarks.parse(
                    String(decoding: data, as: UTF8.self), path: relativePath(of: marksURL), framework: framework)
                marks = read
                diagnostics += problems
            case .problem(let problem):
                diagnostics.append(problem)
            }
        }
        return (observations, marks, diagnostics)
    }

    /// Saves a new observation as `Stories/duiding/SLUG.md` (a free name: `-2`, `-3` … when the
    /// title's is taken) and returns its path relative to the library root. Never overwrites.
    public func saveObservation(_ observation: Observation) throws -> String {
        try FileManager.default.createDirectory(at: sensemakingURL, withIntermediateDirectories: true)
        let base = EntryID.slug(from: observation.title).isEmpty ? "duiding" : EntryID.slug(from: observation.title)
        for attempt in 1...1000 {
            let name = attempt == 1 ? base : "\(base)-\(attempt)"
            var saved = observation
            saved.id = name
            let url = sensemakingURL.appendingPathComponent("\(name).md")
            saved.path = relativePath(of: url)
            if try AtomicFile.createExclusively(Data(ObservationWriter.text(of: saved).utf8), at: url) { return saved.path }
        }
        throw VerhaalError("no free file name for '\(observation.title)'", hint: "choose another title")
    }

    /// Sets the mark of one pattern in `markeringen.yaml`, keeping every other line, under a lock.
    public func saveMark(_ mark: PatternMark, for pattern: String) throws {
        try FileManager.default.createDirectory(at: sensemakingURL, withIntermediateDirectories: true)
        try FileLock.withExclusiveLock(on: sensemakingURL) {
            let current = FileManager.default.contents(atPath: marksURL.path).map { String(decoding: $0, as: UTF8.self) } ?? ""
            try AtomicFile.write(Data(PatternMarks.setting(mark, for: pattern, in: current).utf8), to: marksURL)
        }
    }
}
