import Yams

/// Cheap checks on front matter before and after it is parsed, so that deep nesting and alias
/// bombs ("billion laughs") are reported instead of exhausting the stack or the clock.
enum YAMLShape {
    /// Parses front matter into a node tree. Tags are not resolved (Verhaal reads every value as
    /// text) and the encoding is fixed, which makes parsing several times faster than Yams'
    /// defaults on large libraries.
    static func compose(_ yaml: String) throws -> Node? {
        try Yams.compose(yaml: yaml, .basic, .default, .utf8)
    }

    /// The deepest nesting in the text: flow brackets plus block indentation, counted on the raw
    /// text without parsing, so that a pathological input cannot recurse.
    static func nestingDepth(of yaml: String) -> Int {
        var deepest = 0
        var flow = 0
        var quote: Unicode.Scalar?
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: true) {
            var indentation = 0
            var atStart = true
            for scalar in line.unicodeScalars {
                if atStart {
                    if scalar == " " || scalar == "-" {
                        indentation += 1
                        continue
                    }
                    atStart = false
                }
                if let open = quote {
                    if scalar == open { quote = nil }
                    continue
                }
                switch scalar {
                case "\"", "'": quote = scalar
                case "[", "{": flow += 1
                case "]", "}": flow = max(0, flow - 1)
                case "#": break
                default: break
                }
                deepest = max(deepest, flow + indentation / 2)
            }
            quote = nil
            deepest = max(deepest, flow + indentation / 2)
        }
        return deepest
    }

    /// Why the parsed front matter is refused, or nil: anchors and aliases are not allowed, and
    /// the number of values is bounded (the walk stops as soon as the limit is passed).
    static func problem(with root: Node) -> String? {
        var budget = ReadingLimits.maximumFrontMatterValues
        var usesAnchors = false
        func walk(_ node: Node) -> Bool {
            budget -= 1
            if budget < 0 { return false }
            switch node {
            case .scalar(let scalar):
                if scalar.anchor != nil { usesAnchors = true }
            case .mapping(let mapping):
                if mapping.anchor != nil { usesAnchors = true }
                for (key, value) in mapping where !walk(key) || !walk(value) { return false }
            case .sequence(let sequence):
                if sequence.anchor != nil { usesAnchors = true }
                for item in sequence where !walk(item) { return false }
            case .alias:
                usesAnchors = true
            }
            return !usesAnchors
        }
        let complete = walk(root)
        if usesAnchors { return "anchors and aliases (& and *) are not supported in front matter" }
        if !complete {
            return "the front matter has more than \(ReadingLimits.maximumFrontMatterValues) values (an alias * repeats its anchor & every time)"
        }
        return nil
    }
}
