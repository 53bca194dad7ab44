import CLibYAML

/// Reads an entry's front matter through libyaml's event API into `FrontMatterNode`s: Yams'
/// composer makes a tree of objects with a tag each and checks keys through hashing, which was
/// the largest part of reading a library. Aliases are expanded as Yams does, and counted, so an
/// alias bomb stops at `ReadingLimits.maximumFrontMatterValues`.
struct FrontMatterComposer {
    /// Why the YAML could not be read, in libyaml's words, with where (lines and columns from 1).
    struct Failure: Error, Equatable {
        var problem: String
        var line: Int?
        var column: Int?
        /// What libyaml was reading when it failed, and where that started.
        var context: String?
        var contextLine: Int = 0
        var contextColumn: Int = 0
    }

    /// What stopped the reading: invalid YAML, more values than the limit, or libyaml itself
    /// (it could not get memory).
    enum Refusal: Error, Equatable {
        case invalid(Failure)
        case tooManyValues
        case unreadable(String)
    }

    /// The document's root; nil for empty YAML.
    static func compose(_ yaml: String) throws(Refusal) -> FrontMatterNode? {
        var yaml = yaml
        let result = yaml.withUTF8 { bytes -> Result<FrontMatterNode?, Refusal> in
            var composer = FrontMatterComposer()
            do throws(Refusal) {
                return .success(try composer.compose(bytes))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private var parser = yaml_parser_t()
    private var anchors: [String: (node: FrontMatterNode, count: Int)] = [:]
    private var budget = ReadingLimits.maximumFrontMatterValues

    private mutating func compose(_ bytes: UnsafeBufferPointer<UInt8>) throws(Refusal) -> FrontMatterNode? {
        guard yaml_parser_initialize(&parser) == 1 else { throw .unreadable("libyaml could not start (out of memory)") }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        var event = try next()  // the stream's start
        yaml_event_delete(&event)
        event = try next()
        guard event.type == YAML_DOCUMENT_START_EVENT else {
            yaml_event_delete(&event)
            return nil
        }
        yaml_event_delete(&event)
        let root = try node(from: try next()).node
        event = try next()  // the document's end
        yaml_event_delete(&event)
        event = try next()
        defer { yaml_event_delete(&event) }
        guard event.type == YAML_STREAM_END_EVENT else {
            throw .invalid(
                Failure(
                    problem: "but found another document", line: Int(event.start_mark.line) + 1,
                    column: Int(event.start_mark.column) + 1, context: "expected a single document in the stream", contextLine: 1,
                    contextColumn: 1))
        }
        return root
    }

    private mutating func next() throws(Refusal) -> yaml_event_t {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else {
            guard parser.error != YAML_MEMORY_ERROR else { throw .unreadable("libyaml ran out of memory") }
            throw .invalid(failure())
        }
        return event
    }

    /// The node that starts with `event` (which it deletes), and how many values it holds.
    private mutating func node(from event: yaml_event_t) throws(Refusal) -> (node: FrontMatterNode, count: Int) {
        var event = event
        defer { yaml_event_delete(&event) }
        let mark = FrontMatterNode.Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        let result: (node: FrontMatterNode, count: Int)
        let anchor: UnsafeMutablePointer<yaml_char_t>?
        switch event.type {
        case YAML_ALIAS_EVENT:
            let name = Self.text(event.data.alias.anchor)
            guard let anchored = anchors[name] else {
                throw .invalid(Failure(problem: "found undefined alias", line: mark.line, column: mark.column))
            }
            try spend(anchored.count)
            return anchored
        case YAML_SCALAR_EVENT:
            try spend(1)
            let scalar = event.data.scalar
            let text = String(
                decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            let style: FrontMatterNode.Scalar.Style =
                switch scalar.style {
                case YAML_PLAIN_SCALAR_STYLE: .plain
                case YAML_LITERAL_SCALAR_STYLE, YAML_FOLDED_SCALAR_STYLE: .block
                default: .quoted
                }
            result = (.scalar(.init(string: text, style: style, mark: mark)), 1)
            anchor = scalar.anchor
        case YAML_SEQUENCE_START_EVENT:
            try spend(1)
            var items: [FrontMatterNode] = []
            var count = 1
            while true {
                let item = try next()
                if item.type == YAML_SEQUENCE_END_EVENT {
                    var end = item
                    yaml_event_delete(&end)
                    break
                }
                let child = try node(from: item)
                items.append(child.node)
                count += child.count
            }
            result = (.sequence(items, mark), count)
            anchor = event.data.sequence_start.anchor
        case YAML_MAPPING_START_EVENT:
            try spend(1)
            var pairs: [(key: FrontMatterNode, value: FrontMatterNode)] = []
            var count = 1
            while true {
                let keyEvent = try next()
                if keyEvent.type == YAML_MAPPING_END_EVENT {
                    var end = keyEvent
                    yaml_event_delete(&end)
                    break
                }
                let key = try node(from: keyEvent)
                let value = try node(from: try next())
                pairs.append((key.node, value.node))
                count += key.count + value.count
            }
            try Self.checkDuplicates(pairs)
            result = (.mapping(pairs, mark), count)
            anchor = event.data.mapping_start.anchor
        default:
            throw .invalid(Failure(problem: "unexpected event", line: mark.line, column: mark.column))
        }
        if let anchor { anchors[Self.text(anchor)] = result }
        return result
    }

    /// Counts values against the limit, an alias's as often as it is used.
    private mutating func spend(_ count: Int) throws(Refusal) {
        budget -= count
        if budget < 0 { throw .tooManyValues }
    }

    /// Refuses a map with a key twice, as Yams does: the first of the repeated keys in sorted
    /// order, where it is first written.
    private static func checkDuplicates(_ pairs: [(key: FrontMatterNode, value: FrontMatterNode)]) throws(Refusal) {
        guard pairs.count > 1 else { return }
        let keys = pairs.compactMap(\.key.string)
        var repeated = Set<String>()
        if keys.count <= 32 {
            // Pair by pair: front matter has a few keys, and hashing each cost more.
            for (index, key) in keys.enumerated() where keys[..<index].contains(key) { repeated.insert(key) }
        } else {
            var seen = Set<String>()
            for key in keys where !seen.insert(key).inserted { repeated.insert(key) }
        }
        guard let first = repeated.min(), let mark = pairs.first(where: { $0.key.string == first })?.key.mark else { return }
        throw .invalid(
            Failure(
                problem: "duplicate key \(repeated.sorted().joined(separator: ", ")) in the front matter", line: mark.line,
                column: mark.column))
    }

    private func failure() -> Failure {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        guard parser.error != YAML_READER_ERROR else { return Failure(problem: problem) }
        return Failure(
            problem: problem, line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1,
            context: parser.context.map { String(cString: $0) }, contextLine: Int(parser.context_mark.line) + 1,
            contextColumn: Int(parser.context_mark.column) + 1)
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>) -> String {
        String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }
}
