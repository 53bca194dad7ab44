import Foundation

/// Writes an observation as the file `ObservationParser` reads: front matter in block style,
/// quoting left to libyaml's emitter, and the observation as the text after it.
public enum ObservationWriter {
    public static func text(of observation: Observation) throws -> String {
        let text = { (value: String) in YAMLEmitter.Node.text(value) }
        let interpretations: [YAMLEmitter.Node] = observation.interpretations.map { interpretation in
            var pairs: [(key: String, value: YAMLEmitter.Node)] = [
                ("title", text(interpretation.title)), ("text", text(interpretation.text)),
            ]
            if !interpretation.questions.isEmpty { pairs.append(("questions", .list(interpretation.questions.map(text), flow: false))) }
            if let idea = interpretation.idea, !idea.isEmpty { pairs.append(("idea", text(idea))) }
            return .map(pairs, flow: false)
        }
        var pairs: [(key: String, value: YAMLEmitter.Node)] = [
            ("pattern", text(observation.pattern)),
            ("title", text(observation.title)),
            ("strength", text(String(observation.strength))),
            ("author", text(observation.author)),
            ("date", text(observation.date.description)),
        ]
        if let basis = observation.basis {
            pairs.append(("n", text(String(basis.n))))
            if let q = basis.q { pairs.append(("q", text(String(format: "%.3g", q)))) }
        }
        pairs.append(("interpretations", .list(interpretations, flow: false)))
        let yaml = try YAMLEmitter.yaml(of: .map(pairs, flow: false))
        return "---\n\(yaml)---\n\n\(observation.text.trimmingCharacters(in: .whitespacesAndNewlines))\n"
    }
}
