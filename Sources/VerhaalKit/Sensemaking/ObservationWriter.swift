import Foundation
import Yams

/// Writes an observation as the file `ObservationParser` reads: front matter in block style,
/// quoting left to libyaml's emitter, and the observation as the text after it.
public enum ObservationWriter {
    public static func text(of observation: Observation) throws -> String {
        func scalar(_ text: String) -> Node { Node(text) }
        let interpretations: [Node] = observation.interpretations.map { interpretation in
            var pairs: [(Node, Node)] = [(scalar("title"), scalar(interpretation.title)), (scalar("text"), scalar(interpretation.text))]
            if !interpretation.questions.isEmpty {
                pairs.append((scalar("questions"), Node.sequence(.init(interpretation.questions.map(scalar), .implicit, .block))))
            }
            if let idea = interpretation.idea, !idea.isEmpty { pairs.append((scalar("idea"), scalar(idea))) }
            return Node.mapping(.init(pairs, .implicit, .block))
        }
        var pairs: [(Node, Node)] = [
            (scalar("pattern"), scalar(observation.pattern)),
            (scalar("title"), scalar(observation.title)),
            (scalar("strength"), scalar(String(observation.strength))),
            (scalar("author"), scalar(observation.author)),
            (scalar("date"), scalar(observation.date.description)),
        ]
        if let basis = observation.basis {
            pairs.append((scalar("n"), scalar(String(basis.n))))
            if let q = basis.q { pairs.append((scalar("q"), scalar(String(format: "%.3g", q)))) }
        }
        pairs.append((scalar("interpretations"), Node.sequence(.init(interpretations, .implicit, .block))))
        let root = Node.mapping(.init(pairs, .implicit, .block))
        let yaml = try Yams.serialize(node: root, width: -1, allowUnicode: true)
        return "---\n\(yaml)---\n\n\(observation.text.trimmingCharacters(in: .whitespacesAndNewlines))\n"
    }
}
