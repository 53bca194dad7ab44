import Yams

/// Turns a Yams error into a line, a column and a readable problem.
enum YAMLErrorLocation {
    static func describe(_ error: YamlError) -> (line: Int?, column: Int?, problem: String) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }
            return (mark.line, mark.column, text.joined(separator: ": "))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (context.mark.line, context.mark.column,
                    "duplicate key \(duplicates.joined(separator: ", ")) in the front matter")
        case .reader(let problem, _, _, _):
            return (nil, nil, problem)
        default:
            return (nil, nil, "\(error)")
        }
    }
}
