import ArgumentParser
import Foundation
import VerhaalIndex
import VerhaalKit

/// `--library PATH`, shared by every command that works on a library.
struct LibraryOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The library folder (default: found by walking up from the current folder).",
            valueName: "path"))
    var library: String?

    @Flag(
        name: .customLong("no-index"),
        help: "Read every file instead of the index in .verhaal/ (slower; the output is the same).")
    var noIndex = false

    /// The store for the chosen or found library.
    func store() throws -> LibraryStore {
        if let library {
            let store = LibraryStore(root: URL(fileURLWithPath: library))
            guard store.looksLikeLibrary else {
                throw VerhaalError(
                    "\(library) is not a story library (no Stories/ or verhaal.yaml)",
                    hint: "run 'verhaal init \(library)' to make one")
            }
            return store
        }
        return try LibraryStore.locate(from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    }

    /// The library's index, brought up to date; nil with `--no-index`, or when the index
    /// cannot be opened (a read-only folder): it is never needed for a correct answer.
    func index() throws -> LibraryIndex? {
        guard !noIndex else { return nil }
        let store = try store()
        return try? LibraryIndex(store: store)
    }

    /// The library with every problem in it, through the index unless `--no-index`.
    /// Without `bodies` the entries' texts are left empty, for commands that never show them.
    func loadAll(bodies: Bool = true) throws -> Library {
        if let index = try index(), let library = try? index.library(bodies: bodies) { return library }
        return try store().load()
    }

    /// Stops on errors in verhaal.yaml, which every command depends on.
    func requireUsableSettings(_ diagnostics: [Diagnostic]) throws {
        let settingsErrors = diagnostics.filter {
            $0.file == LibraryStore.settingsFile && $0.severity == .error
        }
        if !settingsErrors.isEmpty {
            throw VerhaalError(
                "verhaal.yaml has errors", hint: "fix them and try again",
                diagnostics: settingsErrors)
        }
    }

    /// Loads the library and stops on errors in verhaal.yaml, which every command depends on.
    func load(bodies: Bool = true) throws -> Library {
        let library = try loadAll(bodies: bodies)
        try requireUsableSettings(library.diagnostics)
        return library
    }
}
