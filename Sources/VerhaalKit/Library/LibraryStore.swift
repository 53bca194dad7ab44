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

    public init(root: URL) {
        self.root = root.standardizedFileURL
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
        let (settings, settingsDiagnostics) = loadSettings()
        let parser = EntryParser(framework: settings.framework)
        var diagnostics = settingsDiagnostics
        var parsed: [(entry: Entry?, diagnostics: [Diagnostic])] = []
        let files = entryFiles(diagnostics: &diagnostics)
        let clock = ContinuousClock()
        var readTime = Duration.zero
        var parseTime = Duration.zero
        for file in files {
            let path = relativePath(of: file)
            let readStart = clock.now
            let read = EntryFileReader.read(file, path: path, root: root)
            let parseStart = clock.now
            readTime += parseStart - readStart
            switch read {
            case .data(let data):
                parsed.append(parser.parse(data: data, path: path))
            case .problem(let diagnostic):
                parsed.append((nil, [diagnostic]))
            }
            parseTime += clock.now - parseStart
        }
        let allEntries = parsed.compactMap(\.entry)
        let crossDiagnostics = LibraryChecker.crossCheck(allEntries)
        var failedPaths = Set(parsed.filter { $0.diagnostics.containsErrors }.compactMap { $0.entry?.path })
        failedPaths.formUnion(crossDiagnostics.filter { $0.severity == .error }.map(\.file))
        for item in parsed { diagnostics += item.diagnostics }
        diagnostics += crossDiagnostics
        let usableForCompositions = allEntries.filter { !failedPaths.contains($0.path) }
        diagnostics += compositionDiagnostics(framework: settings.framework, entries: usableForCompositions)
        diagnostics.sort { ($0.file, $0.line ?? 0, $0.column ?? 0) < ($1.file, $1.line ?? 0, $1.column ?? 0) }
        let usable = allEntries
            .filter { !failedPaths.contains($0.path) }
            .sorted(by: Entry.libraryOrder)
        return Library(
            root: root, settings: settings, entries: usable, diagnostics: diagnostics,
            fileCount: files.count, timings: LoadTimings(read: readTime, parse: parseTime))
    }

    func loadSettings() -> (LibrarySettings, [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: settingsURL.path) else {
            return (LibrarySettings(), [])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return (LibrarySettings(), [Diagnostic(
                .error, file: Self.settingsFile, summary: "verhaal.yaml is not valid UTF-8",
                hint: "save it as UTF-8")])
        }
        return LibrarySettings.parse(text, file: Self.settingsFile)
    }

    /// Every `.md` entry under `Stories/` (files and links to them), sorted by path, outside the
    /// compositions folder. Links to folders are not followed.
    private func entryFiles(diagnostics: inout [Diagnostic]) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(
            at: storiesURL, includingPropertiesForKeys: [.isDirectoryKey, .isSymbolicLinkKey],
            options: [.skipsHiddenFiles])
        else { return [] }
        var files: [URL] = []
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: [.isDirectoryKey, .isSymbolicLinkKey])
            if values?.isDirectory == true && values?.isSymbolicLink != true {
                if url.lastPathComponent == Self.compositionsFolder,
                   url.deletingLastPathComponent().standardizedFileURL.path == storiesURL.path {
                    enumerator.skipDescendants()
                }
                continue
            }
            guard url.pathExtension == "md" else { continue }
            files.append(url)
        }
        return files.sorted { $0.path < $1.path }
    }

    /// The path of a file relative to the library root, for diagnostics and `Entry.path`.
    public func relativePath(of url: URL) -> String {
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        let path = url.standardizedFileURL.path
        return path.hasPrefix(rootPath) ? String(path.dropFirst(rootPath.count)) : path
    }
}
