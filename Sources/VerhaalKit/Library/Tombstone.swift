/// What stays of a withdrawn story in `Stories/ingetrokken/ID.yaml`: its id, the day, who
/// withdrew it and why. Never its title, teller or text: the id only keeps the story from coming
/// back under the same name and tells a round or composition that named it what happened.
public struct Tombstone: Sendable, Equatable, Codable {
    public var id: String
    public var date: LocalDate
    /// Who withdrew it: the teller, or a coordinator.
    public var by: String
    public var reason: String?

    public init(id: String, date: LocalDate, by: String, reason: String? = nil) {
        self.id = id
        self.date = date
        self.by = by
        self.reason = reason
    }

    static let fields = ["id", "withdrawn", "by", "reason"]

    /// The file's text.
    func text() throws -> String {
        var pairs: [(key: String, value: YAMLEmitter.Node)] = [
            ("id", .text(id)), ("withdrawn", .text(date.description)), ("by", YAMLValue.scalar(by)),
        ]
        if let reason, !reason.isEmpty { pairs.append(("reason", YAMLValue.scalar(reason))) }
        return "# A withdrawn story: only its id stays, so that it is never added again under it.\n"
            + (try YAMLEmitter.yaml(of: .map(pairs, flow: false)))
    }

    /// "'zes-indicatoren' was withdrawn on 2026-12-01": what `check` and `compose` say where
    /// a composition, round or session names it.
    public var notice: String { "'\(id)' was withdrawn on \(date)" }

    /// The warning for a file that names the withdrawn story at `line`.
    func warning(file: String, line: Int?, field: String? = nil) -> Diagnostic {
        Diagnostic(
            .warning, code: .storyWithdrawn, file: file, line: line, field: field, summary: notice,
            hint: "take '\(id)' out of this file; documents show it as a withdrawn story, or leave it out")
    }

    static func notUTF8(_ path: String) -> Diagnostic {
        Diagnostic(
            .error, code: .invalidTombstone, file: path, summary: "the withdrawal record is not UTF-8 text", hint: "save it as UTF-8")
    }

    /// Reads a tombstone file; `name` is its file name without `.yaml`.
    static func parse(_ text: String, name: String, path: String) -> (Tombstone?, Diagnostic?) {
        func problem(_ summary: String, line: Int? = nil) -> Diagnostic {
            Diagnostic(
                .error, code: .invalidTombstone, file: path, line: line, summary: summary,
                hint: "a withdrawal record holds 'id', 'withdrawn' (a date), 'by' and 'reason'; 'verhaal withdraw' writes it")
        }
        let root: FrontMatterNode?
        do throws(YAMLShape.Refusal) {
            root = try YAMLShape.guardedCompose(text)
        } catch {
            let (line, _, reason) = error.located()
            return (nil, problem("the withdrawal record cannot be read: \(reason)", line: line))
        }
        guard let root, root.mapping != nil else { return (nil, problem("the withdrawal record is not a set of fields", line: 1)) }
        guard let id = root["id"]?.string, id == name else {
            return (nil, problem("the withdrawal record's id is not its file name '\(name)'", line: root["id"]?.mark?.line))
        }
        guard let written = root["withdrawn"]?.string, let date = LocalDate(written) else {
            return (nil, problem("the withdrawal record has no date 'withdrawn: YYYY-MM-DD'", line: root["withdrawn"]?.mark?.line))
        }
        return (Tombstone(id: id, date: date, by: root["by"]?.string ?? "", reason: root["reason"]?.string), nil)
    }
}
