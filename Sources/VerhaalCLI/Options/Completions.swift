import ArgumentParser
import Foundation
import VerhaalKit
import VerhaalWeb

/// What the shell completes from the library the user stands in: story ids, lessons,
/// perspectives, questions, compositions, rounds and members. Each reads only what it needs
/// (the folder listing, `verhaal.yaml`, the members' file), so it answers at once.
enum Completions {
    static let ids = CompletionKind.custom { _, _, prefix in matching(prefix) { $0.storyIDs() } }
    static let compositions = CompletionKind.custom { _, _, prefix in matching(prefix) { $0.compositionFileNames() } }
    static let rounds = CompletionKind.custom { _, _, prefix in matching(prefix) { $0.roundFileNames() } }
    static let lessons = CompletionKind.custom { _, _, prefix in
        matching(prefix) { store in store.loadSettings().0.framework.lessons.map(\.id) }
    }
    static let perspectives = CompletionKind.custom { _, _, prefix in
        matching(prefix) { store in store.loadSettings().0.framework.perspectives.map(\.id) }
    }
    static let questions = CompletionKind.custom { _, _, prefix in
        matching(prefix) { store in store.loadSettings().0.framework.questions.map(\.id) }
    }
    static let members = CompletionKind.custom { _, _, prefix in
        matching(prefix) { store in ((try? MemberStore(root: store.root).members()) ?? []).map(\.name) }
    }

    /// The names `list` gives for the library around the current folder that start with `prefix`.
    private static func matching(_ prefix: String, _ list: (LibraryStore) -> [String]) -> [String] {
        guard let store = try? LibraryStore.locate(from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) else {
            return []
        }
        return list(store).filter { $0.hasPrefix(prefix) }
    }
}
