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
        // Every character that matters here is ASCII, and no byte of a multi-byte UTF-8
        // sequence is ASCII, so a byte scan sees the same as a scan of characters.
        yaml.withUTF8Bytes { bytes in
            var deepest = 0
            var flow = 0
            var quote: UInt8 = 0
            var indentation = 0
            var atStart = true
            for byte in bytes {
                if byte == UInt8(ascii: "\n") {
                    // A line ends: quotes do not carry over, indentation starts again.
                    deepest = max(deepest, flow + indentation / 2)
                    quote = 0
                    indentation = 0
                    atStart = true
                    continue
                }
                if atStart {
                    if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") {
                        indentation += 1
                        continue
                    }
                    atStart = false
                }
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else {
                    switch byte {
                    case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
                    case UInt8(ascii: "["), UInt8(ascii: "{"): flow += 1
                    case UInt8(ascii: "]"), UInt8(ascii: "}"): flow = max(0, flow - 1)
                    default: break
                    }
                }
                deepest = max(deepest, flow + indentation / 2)
            }
            return max(deepest, flow + indentation / 2)
        }
    }

    /// False when a byte scan shows the text holds no alias (`*`) and is too short for more
    /// values than the limit (each value takes at least two bytes): then `problem(with:)` has
    /// nothing to find and its walk over the tree is skipped.
    static func mayHaveTooManyValues(_ yaml: String) -> Bool {
        yaml.withUTF8Bytes { bytes in
            bytes.count >= 2 * ReadingLimits.maximumFrontMatterValues || bytes.contains(UInt8(ascii: "*"))
        }
    }

    /// Why the parsed front matter is refused, or nil: the number of values is bounded, counting
    /// every alias (`*a`) as the values of its anchor again, so that a "billion laughs" alias
    /// bomb is refused. The walk stops as soon as the limit is passed. (Yams composes an alias
    /// as its anchored node and does not keep the anchor, so counting is what can be checked.)
    static func problem(with root: Node) -> String? {
        var budget = ReadingLimits.maximumFrontMatterValues
        func walk(_ node: Node) -> Bool {
            budget -= 1
            if budget < 0 { return false }
            switch node {
            case .scalar, .alias:
                return true
            case .mapping(let mapping):
                for (key, value) in mapping where !walk(key) || !walk(value) { return false }
            case .sequence(let sequence):
                for item in sequence where !walk(item) { return false }
            }
            return true
        }
        return walk(root) ? nil : tooManyValuesProblem
    }

    /// What a front matter with more values than the limit is told.
    static let tooManyValuesProblem =
        "the front matter has more than \(ReadingLimits.maximumFrontMatterValues) values (an alias * repeats its anchor & every time)"
}

extension YAMLShape {
    /// Why a small YAML document (an observation's front matter, the marks) is refused before
    /// or after parsing, with the same limits as an entry's front matter.
    enum Refusal: Error {
        case tooLarge(String)
        case tooDeep(String)
        case tooManyValues(String)
    }

    /// Parses `yaml` only when it is within the front-matter limits (size and nesting, checked on
    /// the raw text), and refuses a tree with too many values (an alias bomb). YAML errors are
    /// thrown as Yams throws them.
    static func guardedCompose(_ yaml: String) throws -> Node? {
        if yaml.utf8.count > ReadingLimits.maximumFrontMatterBytes {
            throw Refusal.tooLarge("it is larger than \(ReadingLimits.maximumFrontMatterBytes / 1000) KB")
        }
        if nestingDepth(of: yaml) > ReadingLimits.maximumFrontMatterDepth {
            throw Refusal.tooDeep("it nests deeper than \(ReadingLimits.maximumFrontMatterDepth) levels")
        }
        let root = try compose(yaml)
        if let root, mayHaveTooManyValues(yaml), let problem = problem(with: root) { throw Refusal.tooManyValues(problem) }
        return root
    }
}

extension YAMLShape.Refusal {
    var reason: String {
        switch self {
        case .tooLarge(let reason), .tooDeep(let reason), .tooManyValues(let reason): reason
        }
    }
}
