import Foundation

/// Writes single front-matter fields as YAML, with quoting left to libyaml's emitter.
enum YAMLValue {
    /// `key: value` for a text, e.g. `title: "Breda: zes indicatoren"`, without line ending.
    static func line(key: String, text: String) throws -> String {
        try emit(key: key, value: scalar(text))
    }

    /// `key: [a, b]` in flow style, without line ending.
    static func line(key: String, list: [String]) throws -> String {
        try emit(key: key, value: .list(list.map(scalar), flow: true))
    }

    /// `key: {a: 72, b: [x, y], c: hoopvol}` in flow style, without line ending.
    static func line(key: String, answers: [QuestionAnswer]) throws -> String {
        let pairs: [(key: String, value: YAMLEmitter.Node)] = answers.map { item in
            let value: YAMLEmitter.Node =
                if item.values.count == 1, let only = item.values.first {
                    // A whole number stays a number (a scale); anything else as text.
                    Int(only) != nil ? .text(only) : scalar(only)
                } else {
                    .list(item.values.map(scalar), flow: true)
                }
            return (item.question, value)
        }
        return try emit(key: key, value: .map(pairs, flow: true))
    }

    /// `consent: {Marja Peters: public 2024-03-01}` in flow style, the names in order.
    static func line(key: String, consent: [String: Consent]) throws -> String {
        try emit(key: key, value: .map(consent.sorted { $0.key < $1.key }.map { ($0.key, scalar($0.value.written)) }, flow: true))
    }

    /// The answers written in a front matter's `answers:` map, as values, in their order.
    static func answers(in node: FrontMatterNode?) -> [QuestionAnswer] {
        guard let mapping = node?.mapping else { return [] }
        return mapping.compactMap { key, value in
            guard let question = key.string else { return nil }
            let values: [String] =
                switch value {
                case .sequence(let items, _): items.compactMap(\.string)
                case .scalar(let scalar): [scalar.string]
                case .mapping: []
                }
            return QuestionAnswer(question: question, values: values)
        }
    }

    /// A text; quoted when plain YAML would read it as something else (`null`, `12`, `yes`).
    /// Dates stay plain: `date: 2019-06-12` is how people write them.
    static func scalar(_ text: String) -> YAMLEmitter.Node {
        let meaning = YAMLPlainText.meaning(of: text)
        let readsAsText = meaning == .text || (meaning == .timestamp && LocalDate(text) != nil)
        return .text(text, quoted: !readsAsText)
    }

    private static func emit(key: String, value: YAMLEmitter.Node) throws -> String {
        try YAMLEmitter.yaml(of: .map([(key, value)], flow: false)).trimmingCharacters(in: .newlines)
    }
}
