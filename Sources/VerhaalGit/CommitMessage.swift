import VerhaalKit

/// The message of a commit for one change, in the library's language.
public enum CommitMessage {
    case newStory(title: String)
    case editedStory(title: String)
    case withdrawnStory(id: String)
    case renamedStory(from: String, to: String)
    case newLibrary
    case openedRound(name: String)
    case pickedInRound(name: String, domain: String)
    case closedRound(name: String)
    case markedPattern(id: String, mark: String)
    case newObservation(title: String)
    case imported(file: String, count: Int)

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
        case .openedRound(let name): (dutch ? "Ronde geopend: " : "Round opened: ") + name
        case .pickedInRound(let name, let domain): dutch ? "Keuze in \(name) voor \(domain)" : "Choice in \(name) for \(domain)"
        case .closedRound(let name): (dutch ? "Ronde gesloten: " : "Round closed: ") + name
        case .markedPattern(let id, let mark): dutch ? "Patroon \(id) gemarkeerd: \(mark)" : "Pattern \(id) marked: \(mark)"
        case .newObservation(let title): (dutch ? "Duiding: " : "Observation: ") + title
        case .imported(let file, let count): dutch ? "Geïmporteerd uit \(file): \(count)" : "Imported from \(file): \(count)"
        }
    }
}
