import ArgumentParser
import Foundation
import VerhaalIndex
import VerhaalKit

extension VerhaalCommand {
    struct Index: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Bring the index in .verhaal/ up to date, or build it again.",
            discussion: HelpText.text(
                """
                Every command reads the library through an index of its files in
                .verhaal/index.sqlite and brings it up to date first, so this is never needed
                for a correct answer. The files stay the only source of truth: the index can
                be deleted at any time, and git ignores it. --rebuild throws it away and reads
                every file again.

                Examples:
                  verhaal index
                  verhaal index --rebuild
                """))

        @OptionGroup var libraryOptions: LibraryOptions

        @Flag(help: "Throw the index away and read every file again.")
        var rebuild = false

        func run() throws {
            let store = try libraryOptions.store()
            let index: LibraryIndex
            do {
                index = try LibraryIndex(store: store)
            } catch {
                throw VerhaalError(
                    "the index \(LibraryIndex.folder)/\(LibraryIndex.fileName) cannot be opened (\(error))",
                    hint: "check that you may write in \(store.root.path); commands still work without it (--no-index)")
            }
            let clock = ContinuousClock()
            let start = clock.now
            if rebuild { try index.rebuild() }
            let refresh = try index.refresh()
            let elapsed = Export.milliseconds(clock.now - start)
            let files = Plural.count(refresh.fileCount, "file", "files")
            if rebuild {
                print("\(store.relativePath(of: index.url)): rebuilt from \(files) in \(elapsed) ms")
            } else {
                print(
                    "\(store.relativePath(of: index.url)): \(files), \(refresh.parsed) parsed, "
                        + "\(refresh.reread) unchanged after a read, \(refresh.removed) removed (\(elapsed) ms)")
            }
        }
    }
}
