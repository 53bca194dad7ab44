import ArgumentParser
import Foundation
import VerhaalKit

/// `--library PATH`, shared by every command that works on a library.
struct LibraryOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The library folder (default: found by walking up from the current folder).",
            valueName: "path"))
    var library: String?

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

    /// Loads the library and stops on errors in verhaal.yaml, which every command depends on.
    func load() throws -> Library {
        let library = try store().load()
        let settingsErrors = library.diagnostics.filter {
            $0.file == LibraryStore.settingsFile && $0.severity == .error
        }
        if !settingsErrors.isEmpty {
            throw VerhaalError(
                "verhaal.yaml has errors", hint: "fix them and try again",
                diagnostics: settingsErrors)
        }
        return library
    }
}
