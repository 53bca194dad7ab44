import VerhaalKit

/// Each story's teller as a number, so that a run can count stories per teller and test a
/// question about the teller with one value per teller.
struct TellerColumn: Sendable {
    let names: [String]
    /// The index into `names` of each story's teller.
    let tellerOfStory: [Int]

    init(_ entries: [Entry]) {
        var index: [String: Int] = [:]
        var names: [String] = []
        tellerOfStory = entries.map { entry in
            if let known = index[entry.teller] { return known }
            index[entry.teller] = names.count
            names.append(entry.teller)
            return names.count - 1
        }
        self.names = names
    }

    /// The teller of more than a fifth of `stories`, for a coordinator's note.
    func dominant(among stories: [Int]) -> String? {
        guard stories.count >= 5 else { return nil }
        var counts = [Int](repeating: 0, count: names.count)
        for story in stories { counts[tellerOfStory[story]] += 1 }
        guard let most = counts.indices.max(by: { (counts[$0], -$0) < (counts[$1], -$1) }), counts[most] * 5 > stories.count else {
            return nil
        }
        return names[most]
    }

    /// The stories of each teller, in the order tellers first appear.
    var storiesByTeller: [[Int]] {
        var groups = [[Int]](repeating: [], count: names.count)
        for (story, teller) in tellerOfStory.enumerated() { groups[teller].append(story) }
        return groups
    }
}
