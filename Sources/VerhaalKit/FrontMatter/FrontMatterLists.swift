/// The list fields and the answers of a front matter exactly as written, valid or not: what
/// `edit` changes, so that it never drops a value it was not asked to drop.
struct FrontMatterLists {
    private var lists: [String: [String]] = [:]
    /// The `answers:` map as written, in its order.
    private(set) var answers: [QuestionAnswer] = []

    init(yaml: String) {
        guard let mapping = (try? FrontMatterComposer.compose(yaml))?.mapping else { return }
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            if name == EntryFields.answers {
                answers = YAMLValue.answers(in: value)
                continue
            }
            switch value {
            case .sequence(let items, _): lists[name] = items.compactMap { $0.scalar?.string.trimmingSpaces }
            case .scalar(let scalar) where !["", "~", "null"].contains(scalar.string): lists[name] = [scalar.string.trimmingSpaces]
            default: break
            }
        }
    }

    /// The values of `key` as written; empty when it is missing.
    func values(of key: String) -> [String] {
        lists[key] ?? []
    }
}
