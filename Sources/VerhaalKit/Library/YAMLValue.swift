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
