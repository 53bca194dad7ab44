import CLibYAML

/// Writes YAML through libyaml's emitter, so that quoting and escaping are libyaml's: block or
/// flow collections, texts plain where libyaml allows it or single-quoted when asked, no tags,
/// no line width, Unicode as it is.
enum YAMLEmitter {
    /// A value to write.
    indirect enum Node {
        /// A text; `quoted` asks for single quotes (for a text plain YAML would read as a number,
        /// a yes/no or null).
        case text(String, quoted: Bool = false)
        case list([Node], flow: Bool)
        case map([(key: String, value: Node)], flow: Bool)
    }

    struct Failure: Error {
        var problem: String
    }

    /// The document holding `root`, ending in a line break.
    static func yaml(of root: Node) throws(Failure) -> String {
        let emitter = UnsafeMutablePointer<yaml_emitter_t>.allocate(capacity: 1)
        defer { emitter.deallocate() }
        guard yaml_emitter_initialize(emitter) == 1 else { throw Failure(problem: "libyaml could not start (out of memory)") }
        defer { yaml_emitter_delete(emitter) }
        let output = Output()
        yaml_emitter_set_output(
            emitter,
            { context, buffer, size in
                guard let context, let buffer else { return 0 }
                let output = Unmanaged<Output>.fromOpaque(context).takeUnretainedValue()
                output.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
                return 1
            }, Unmanaged.passUnretained(output).toOpaque())
        yaml_emitter_set_width(emitter, -1)
        yaml_emitter_set_unicode(emitter, 1)
        yaml_emitter_set_break(emitter, YAML_LN_BREAK)
        yaml_emitter_set_encoding(emitter, YAML_UTF8_ENCODING)
        let writer = Writer(emitter: emitter)
        try withExtendedLifetime(output) { () throws(Failure) in
            try writer.emit { yaml_stream_start_event_initialize(&$0, YAML_UTF8_ENCODING) }
            try writer.emit { yaml_document_start_event_initialize(&$0, nil, nil, nil, 1) }
            try writer.write(root)
            try writer.emit { yaml_document_end_event_initialize(&$0, 1) }
            try writer.emit { yaml_stream_end_event_initialize(&$0) }
        }
        return String(decoding: output.bytes, as: UTF8.self)
    }

    private final class Output {
        var bytes: [UInt8] = []
    }

    private struct Writer {
        let emitter: UnsafeMutablePointer<yaml_emitter_t>

        func emit(_ initialize: (inout yaml_event_t) -> Int32) throws(Failure) {
            var event = yaml_event_t()
            guard initialize(&event) == 1 else { throw Failure(problem: "libyaml could not make an event (out of memory)") }
            guard yaml_emitter_emit(emitter, &event) == 1 else {
                throw Failure(problem: emitter.pointee.problem.map { String(cString: $0) } ?? "libyaml could not write the YAML")
            }
        }

        func write(_ node: Node) throws(Failure) {
            switch node {
            case .text(let text, let quoted):
                var bytes = Array(text.utf8)
                let style = quoted ? YAML_SINGLE_QUOTED_SCALAR_STYLE : YAML_ANY_SCALAR_STYLE
                try emit { event in
                    bytes.withUnsafeMutableBufferPointer { value in
                        yaml_scalar_event_initialize(&event, nil, nil, value.baseAddress, Int32(value.count), 1, 1, style)
                    }
                }
            case .list(let items, let flow):
                try emit {
                    yaml_sequence_start_event_initialize(&$0, nil, nil, 1, flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE)
                }
                for item in items { try write(item) }
                try emit { yaml_sequence_end_event_initialize(&$0) }
            case .map(let pairs, let flow):
                try emit {
                    yaml_mapping_start_event_initialize(&$0, nil, nil, 1, flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE)
                }
                for (key, value) in pairs {
                    try write(.text(key))
                    try write(value)
                }
                try emit { yaml_mapping_end_event_initialize(&$0) }
            }
        }
    }
}
