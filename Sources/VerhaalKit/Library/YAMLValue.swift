import Foundation
import Yams

/// Writes single front-matter fields as YAML, with quoting left to libyaml's emitter.
enum YAMLValue {
    /// `key: value` for a text, e.g. `title: "Breda: zes indicatoren"`, without line ending.
    static func line(key: String, text: String) throws -> String {
        try emit(key: key, value: scalar(text))
    }

    /// `key: [a, b]` in flow style, without line ending.
    static func line(key: String, list: [String]) throws -> String {
        let items = list.map(scalar)
        return try emit(key: key, value: Node.sequence(.init(items, .implicit, .flow)))
    }

    /// `key: {a: 72, b: [x, y], c: hoopvol}` in flow style, without line ending.
    static func line(key: String, answers: [QuestionAnswer]) throws -> String {
        let pairs: [(Node, Node)] = answers.map { item in
            let value: Node =
                if item.values.count == 1, let only = item.values.first {
                    // A whole number stays a number (a scale); anything else as text.
                    Int(only) != nil ? Node.scalar(.init(only)) : scalar(only)
                } else {
                    Node.sequence(.init(item.values.map(scalar), .implicit, .flow))
                }
            return (scalar(item.question), value)
        }
        return try emit(key: key, value: Node.mapping(.init(pairs, .implicit, .flow)))
    }

    /// The answers written in a front matter's `answers:` map, as values, in their order.
    static func answers(in node: Node?) -> [QuestionAnswer] {
        guard let mapping = node?.mapping else { return [] }
        return mapping.compactMap { key, value in
            guard let question = key.string else { return nil }
            let values: [String] =
                switch value {
                case .sequence(let items): items.compactMap(\.string)
                case .scalar(let scalar): [scalar.string]
                default: []
                }
            return QuestionAnswer(question: question, values: values)
        }
    }

    /// A text scalar; quoted when plain YAML would read it as something else (`null`, `12`, `yes`).
    /// Dates stay plain: `date: 2019-06-12` is how people write them.
    private static func scalar(_ text: String) -> Node {
        let plain = Node.scalar(.init(text))
        let tag = Resolver.default.resolveTag(of: plain)
        let readsAsText = tag == .str || (tag == .timestamp && LocalDate(text) != nil)
        return readsAsText ? plain : Node.scalar(.init(text, .implicit, .singleQuoted))
    }

    private static func emit(key: String, value: Node) throws -> String {
        let mapping = Node.mapping(.init([(Node.scalar(.init(key)), value)], .implicit, .block))
        let yaml = try Yams.serialize(node: mapping, width: -1, allowUnicode: true)
        return yaml.trimmingCharacters(in: .newlines)
    }
}
