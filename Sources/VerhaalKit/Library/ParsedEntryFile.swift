import Foundation

/// One entry file as the parser read it: the entry whenever it could be built (also when some
/// diagnostics are errors; the library decides whether to use it) and every problem found.
public struct ParsedEntryFile: Sendable, Equatable {
    public var entry: Entry?
    public var diagnostics: [Diagnostic]

    public init(entry: Entry?, diagnostics: [Diagnostic]) {
        self.entry = entry
        self.diagnostics = diagnostics
    }
}

/// An entry file's bytes, or the reason they were not read.
public enum EntryFileRead: Sendable {
    case data(Data)
    case problem(Diagnostic)
}

/// The entry files of one folder: its absolute path and the files' names in it.
public struct EntryFileFolder: Sendable, Equatable {
    public var path: String
    public var names: [String]

    public init(path: String, names: [String]) {
        self.path = path
        self.names = names
    }
}

/// What `check` reports about a library: how many entry files and usable entries it has, and
/// every problem, in file order.
public struct LibraryDiagnosis: Sendable, Equatable {
    public var fileCount: Int
    public var entryCount: Int
    public var diagnostics: [Diagnostic]

    public init(fileCount: Int, entryCount: Int, diagnostics: [Diagnostic]) {
        self.fileCount = fileCount
        self.entryCount = entryCount
        self.diagnostics = diagnostics
    }

    /// The diagnosis of a library read in full.
    public init(_ library: Library) {
        self.init(fileCount: library.fileCount, entryCount: library.entries.count, diagnostics: library.diagnostics)
    }
}
