import Foundation

/// The only place that reads and writes a library's files.
public struct LibraryStore: Sendable {
    /// The folder holding `Stories/`, `verhaal.yaml` and `Exports/`.
    public let root: URL

    public static let storiesFolder = "Stories"
    public static let settingsFile = "verhaal.yaml"
    public static let exportsFolder = "Exports"
    /// Compositions live here; it holds no entries.
    public static let compositionsFolder = "verhalen"
    /// Observations, interpretations and marks live here; it holds no entries.
    public static let sensemakingFolder = "duiding"
    /// Session records (`Stories/sessies/*.md`): not entries.
    public static let sessionsFolder = "sessies"
    /// Most Significant Change rounds (`Stories/rondes/*.md`): not entries.
    public static let roundsFolder = "rondes"
    /// What stays of withdrawn stories (`Stories/ingetrokken/ID.yaml`): not entries.
    public static let withdrawnFolder = "ingetrokken"
    /// The folders of `Stories/` that hold no entries.
    static let foldersWithoutEntries: Set<String> = [
        compositionsFolder, sensemakingFolder, sessionsFolder, roundsFolder, withdrawnFolder, annotationsFolder,
    ]

    /// The root's path with a final `/`, computed once: `URL.path` is slow on 100,000 files.
    private let rootPrefix: String

    public init(root: URL) {
        self.root = root.standardizedFileURL
        rootPrefix = self.root.path.hasSuffix("/") ? self.root.path : self.root.path + "/"
    }

    public var storiesURL: URL { root.appendingPathComponent(Self.storiesFolder) }
    public var settingsURL: URL { root.appendingPathComponent(Self.settingsFile) }

    /// Finds the library that holds `directory`, walking up like git does.
    public static func locate(from directory: URL) throws -> LibraryStore {
        var current = directory.standardizedFileURL
        while true {
            let store = LibraryStore(root: current)
            if store.looksLikeLibrary { return store }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { break }
            current = parent
        }
        throw VerhaalError(
            "no story library found in \(directory.path) or any folder above it",
            hint: "run 'verhaal init' to make one here, or pass --library PATH")
    }

    /// True when the folder has a `verhaal.yaml` or a `Stories/` folder.
    public var looksLikeLibrary: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: settingsURL.path)
            || (FileManager.default.fileExists(atPath: storiesURL.path, isDirectory: &isDirectory)
                && isDirectory.boolValue)
    }

    /// Reads settings and every entry; never throws: problems become diagnostics.
    public func load() -> Library {
        let files = entryFilePaths()
        let (settings, settingsDiagnostics) = loadSettings()
        let parser = EntryParser(framework: settings.framework)
        let (parsed, timings) = readAndParse(files, parser: parser)
        return assemble(parsed, settings: (settings, settingsDiagnostics), timings: timings)
    }

    /// The library from every entry file's parse (in file order): the checks across entries, the
    /// compositions and the sensemaking files are done here, so a library built from an index's
    /// parses is the library `load()` reads. Entries read without their bodies come with the
    /// `pictureDiagnostics` their bodies gave (`StoryImages`).
    public func assemble(
        _ parsed: [ParsedEntryFile], settings loaded: (LibrarySettings, [Diagnostic]), timings: LoadTimings = LoadTimings(),
        pictureDiagnostics: [Diagnostic]? = nil, crossDiagnostics known: [Diagnostic]? = nil
    ) -> Library {
        let (settings, settingsDiagnostics) = loaded
        let allEntries = parsed.compactMap(\.entry)
        let crossDiagnostics = known ?? LibraryChecker.crossCheck(allEntries)
        var failedPaths = Set(parsed.filter { $0.diagnostics.containsErrors }.compactMap { $0.entry?.path })
        failedPaths.formUnion(crossDiagnostics.filter { $0.severity == .error }.map(\.file))
        let usable = allEntries.filter { !failedPaths.contains($0.path) }
        let byID = Dictionary(usable.map { ($0.id, $0) }) { first, _ in first }
        // A story whose picture is missing stays usable; its error still stops an export.
        let imageDiagnostics =
            pictureDiagnostics ?? allEntries.flatMap { StoryImages.diagnostics(path: $0.path, body: $0.body, root: root) }
        let whole = gather(
            settings: settings, settingsDiagnostics: settingsDiagnostics, fileDiagnostics: parsed.flatMap(\.diagnostics),
            crossDiagnostics: crossDiagnostics + imageDiagnostics, entry: { byID[$0] })
        return Library(
            root: root, settings: settings, entries: Entry.inLibraryOrder(usable), diagnostics: whole.diagnostics,
            fileCount: parsed.count, timings: timings, compositions: whole.compositions, compositionNames: compositionNames(),
            observations: whole.observations, marks: whole.marks, sessions: whole.sessions, rounds: whole.rounds,
            withdrawn: whole.withdrawn, personNames: whole.personNames)
    }

    /// What `check` reports, from diagnostics an index kept: the entry files' own (in file
    /// order), those across entries, and a way to find a usable entry by id. The same steps as
    /// `assemble`, without building every entry.
    public func diagnose(
        fileDiagnostics: [Diagnostic], crossDiagnostics: [Diagnostic], fileCount: Int, entryCount: Int,
        entry: (String) -> Entry?
    ) -> LibraryDiagnosis {
        let (settings, settingsDiagnostics) = loadSettings()
        let whole = gather(
            settings: settings, settingsDiagnostics: settingsDiagnostics, fileDiagnostics: fileDiagnostics,
            crossDiagnostics: crossDiagnostics, entry: entry)
        return LibraryDiagnosis(fileCount: fileCount, entryCount: entryCount, diagnostics: whole.diagnostics)
    }

    /// Every diagnostic in order, with the compositions and sensemaking files read.
    private func gather(
        settings: LibrarySettings, settingsDiagnostics: [Diagnostic], fileDiagnostics: [Diagnostic],
        crossDiagnostics: [Diagnostic], entry: (String) -> Entry?
    ) -> (
        diagnostics: [Diagnostic], compositions: [String: Composition], observations: [Observation], marks: PatternMarks,
        sessions: [SessionRecord], rounds: [MSCRound], withdrawn: [String: Tombstone], personNames: PersonNames
    ) {
        var diagnostics = settingsDiagnostics + fileDiagnostics + crossDiagnostics
        let (withdrawn, tombstoneProblems) = readTombstones()
        let (personNames, nameProblems) = loadPersonNames()
        diagnostics += tombstoneProblems + nameProblems
        // A withdrawn story is no error where it is named: a warning says what happened to it.
        let named = { (id: String) in entry(id) != nil || withdrawn[id] != nil }
        let (compositions, compositionProblems) = readCompositions(framework: settings.framework, entry: entry, withdrawn: withdrawn)
        diagnostics += compositionProblems
        let (observations, marks, sensemakingProblems) = readSensemaking(framework: settings.framework)
        diagnostics += sensemakingProblems
        let (sessions, sessionProblems) = readSessions(storyExists: named)
        diagnostics += sessionProblems
        let (rounds, roundProblems) = readRounds(framework: settings.framework, storyExists: named)
        diagnostics += roundProblems
        diagnostics += withdrawnWarnings(withdrawn, sessions: sessions, rounds: rounds)
        diagnostics += readAnnotations(storyExists: named).diagnostics
        diagnostics.sort { ($0.file, $0.line ?? 0, $0.column ?? 0) < ($1.file, $1.line ?? 0, $1.column ?? 0) }
        return (diagnostics, compositions, observations, marks, sessions, rounds, withdrawn, personNames)
    }

    /// The settings in `verhaal.yaml` (defaults when there is none), with any problems found in it.
    public func loadSettings() -> (LibrarySettings, [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: settingsURL.path) else {
            return (LibrarySettings(), [])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return (
                LibrarySettings(),
                [
                    Diagnostic(
                        .error, code: .settingsNotUTF8, file: Self.settingsFile, summary: "verhaal.yaml is not valid UTF-8",
                        hint: "save it as UTF-8")
                ]
            )
        }
        return LibrarySettings.parse(text, file: Self.settingsFile)
    }

    /// The absolute path of every `.md` entry under `Stories/` (files and links to them), sorted,
    /// outside the compositions and sensemaking folders. Links to folders are not followed.
    public func entryFilePaths() -> [String] {
        entryFileFolders().flatMap { folder in folder.names.map { folder.path + "/" + $0 } }.sorted()
    }

    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
    private static let typeOffset = MemoryLayout<dirent>.offset(of: \dirent.d_type)!

    /// The entry files folder by folder, as the folders list them (not sorted): what
    /// `entryFilePaths()` sorts, for an index that only needs to know whether anything changed.
    public func entryFileFolders() -> [EntryFileFolder] {
        var folders: [EntryFileFolder] = []
        // A plain walk with readdir: the entry type comes with the name, so most files cost no
        // extra system call (far cheaper than URL resource values on 100,000 files).
        func walk(_ folder: String, isTop: Bool) {
            guard let directory = opendir(folder) else { return }
            defer { closedir(directory) }
            var names: [String] = []
            while let item = readdir(directory) {
                let type = Int32(UnsafeRawPointer(item).load(fromByteOffset: Self.typeOffset, as: UInt8.self))
                // The name's bytes decide first: on 100,000 files, making a path of every
                // name and comparing suffixes as Unicode text cost more than the listing.
                // The name is read where it lies: a record is only as long as its name, so a
                // copy of the whole `d_name` field can read past the end of readdir's buffer.
                let start = UnsafeRawPointer(item).advanced(by: Self.nameOffset)
                let end = strlen(start.assumingMemoryBound(to: CChar.self))
                let bytes = UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: end)
                guard end > 0, bytes[0] != UInt8(ascii: ".") else { continue }
                let isMarkdown =
                    end > 3 && bytes[end - 3] == UInt8(ascii: ".") && bytes[end - 2] == UInt8(ascii: "m")
                    && bytes[end - 1] == UInt8(ascii: "d")
                guard isMarkdown || type == DT_DIR || type == DT_UNKNOWN else { continue }
                let name = String(decoding: bytes, as: UTF8.self)
                var isFolder = type == DT_DIR
                if type == DT_UNKNOWN {
                    var info = stat()
                    guard lstat(folder + "/" + name, &info) == 0 else { continue }
                    isFolder = (info.st_mode & S_IFMT) == S_IFDIR
                }
                if isFolder {
                    if !(isTop && Self.foldersWithoutEntries.contains(name)) { walk(folder + "/" + name, isTop: false) }
                } else if isMarkdown {
                    names.append(name)
                }
            }
            if !names.isEmpty { folders.append(EntryFileFolder(path: folder, names: names)) }
        }
        walk(storiesURL.path, isTop: true)
        return folders
    }

    /// The bytes of the entry file at an absolute path, or why they are not read (a link out of
    /// the library, a pipe, a file over the size limit).
    public func readEntryFile(at file: String) -> EntryFileRead {
        switch EntryFileReader.read(URL(fileURLWithPath: file, isDirectory: false), path: relativePath(ofFile: file), root: root) {
        case .data(let data): .data(data)
        case .problem(let diagnostic): .problem(diagnostic)
        }
    }

    /// Reads and parses the files on every core; results keep the files' order.
    /// The timings split the wall time of the whole step in the ratio of the time spent reading
    /// and parsing on all cores.
    private func readAndParse(_ files: [String], parser: EntryParser) -> ([ParsedEntryFile], LoadTimings) {
        let clock = ContinuousClock()
        let start = clock.now
        let results = Locked<[ParsedEntryFile?]>.slots(files.count)
        let readTime = Locked(Duration.zero)
        let parseTime = Locked(Duration.zero)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let clock = ContinuousClock()
            let readStart = clock.now
            let read = readEntryFile(at: files[index])
            let parseStart = clock.now
            let parsed: ParsedEntryFile
            switch read {
            case .data(let data): parsed = parser.parse(data: data, path: relativePath(ofFile: files[index]))
            case .problem(let diagnostic): parsed = ParsedEntryFile(entry: nil, diagnostics: [diagnostic])
            }
            results.withLock { $0[index] = parsed }
            readTime.withLock { $0 += parseStart - readStart }
            parseTime.withLock { $0 += clock.now - parseStart }
        }
        let wall = clock.now - start
        let (read, parse) = (readTime.withLock { $0 }, parseTime.withLock { $0 })
        let busy = read + parse
        let readShare = busy == .zero ? 0 : read / busy
        return (results.filled(), LoadTimings(read: wall * readShare, parse: wall * (1 - readShare)))
    }

    /// The path of an absolute file path relative to the library root.
    public func relativePath(ofFile file: String) -> String {
        file.hasPrefix(rootPrefix) ? String(file.dropFirst(rootPrefix.count)) : file
    }

    /// The path of a file relative to the library root, for diagnostics and `Entry.path`.
    public func relativePath(of url: URL) -> String {
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(rootPath) ? String(path.dropFirst(rootPath.count)) : path
    }
}
