import VerhaalKit

/// The message of a commit for one change, in the library's language.
public enum CommitMessage {
    case newStory(title: String)
    case editedStory(title: String)
    case withdrawnStory(id: String)
    case renamedStory(from: String, to: String)
    case newLibrary

    public func text(in language: Language) -> String {
        let dutch = language == .dutch
        return switch self {
        case .newStory(let title): (dutch ? "Nieuw verhaal: " : "New story: ") + title
        case .editedStory(let title): (dutch ? "Verhaal bewerkt: " : "Story edited: ") + title
        case .withdrawnStory(let id): (dutch ? "Verhaal teruggetrokken: " : "Story withdrawn: ") + id
        case .renamedStory(let from, let to):
            dutch
                ? "Verhaal hernoemd: \(from) → \(to) (dezelfde naam op twee plekken)"
                : "Story renamed: \(from) → \(to) (the same id on two sites)"
        case .newLibrary: dutch ? "Nieuwe verhalenbibliotheek" : "New story library"
        }
    }
}
