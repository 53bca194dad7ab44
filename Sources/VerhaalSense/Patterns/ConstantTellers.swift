import VerhaalKit

/// A check of the answers themselves: tellers who gave the same answer to a scale in every one
/// of their stories (at least two), which may mean the slider was never really moved.
public struct ConstantTeller: Sendable, Encodable, Equatable {
    public var question: String
    public var teller: String
    public var stories: Int
    public var answer: Int

    public static func find(framework: Framework, entries: [Entry]) -> [ConstantTeller] {
        var found: [ConstantTeller] = []
        let byTeller = Dictionary(grouping: entries, by: \.teller)
        for question in framework.questions where question.type == .scale {
            for teller in byTeller.keys.sorted() {
                let answers = (byTeller[teller] ?? []).compactMap { entry -> Int? in
                    if case .scale(let number) = entry.answers[question.id] { number } else { nil }
                }
                if answers.count >= 2, let first = answers.first, answers.allSatisfy({ $0 == first }) {
                    found.append(ConstantTeller(question: question.id, teller: teller, stories: answers.count, answer: first))
                }
            }
        }
        return found
    }
}
