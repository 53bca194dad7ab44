import Foundation
import VerhaalGit
import VerhaalKit

/// The command line's commit of a change it wrote, when `verhaal.yaml` asks for it
/// (`git: {commit: true}`) and the library is a git work tree; by git's configured author. A
/// commit that fails leaves the change written and says so.
enum ChangeCommit {
    static func commitIfAsked(_ store: LibraryStore, paths: [String], message: CommitMessage) async {
        let settings = store.loadSettings().0
        guard settings.commitsChanges else { return }
        let repository = LibraryRepository(store: store)
        guard await repository.isRepository() else {
            StandardError.print("warning: verhaal.yaml asks for commits, but \(store.root.path) is not a git repository; run 'git init'")
            return
        }
        do {
            try await repository.commit(paths: paths, message: message.text(in: Language(code: settings.language)), author: nil)
        } catch let error as VerhaalError {
            StandardError.print("warning: \(error.message)" + (error.hint.map { "\nhint: \($0)" } ?? ""))
        } catch {
            StandardError.print("warning: the change is saved, but not committed: \(error)")
        }
    }
}
