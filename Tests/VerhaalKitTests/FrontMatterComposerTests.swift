import Testing
import Yams

@testable import VerhaalKit

/// The front-matter reader on libyaml's events reads what Yams read, and the emitter writes what
/// Yams wrote: Yams is kept as the oracle of these tests only (the product links one libyaml,
/// the system's), so that no value, diagnostic or written byte moved when Verhaal left it.
@Suite struct FrontMatterComposerTests {
    /// A node as text: its kind, where it starts, and its value.
    static func describe(_ node: FrontMatterNode) -> String {
        let mark = node.mark.map { "\($0.line):\($0.column)" } ?? "?"
        switch node {
        case .scalar(let scalar): return "\(mark) \(scalar.style == .plain ? "plain" : "styled") \(scalar.string.debugDescription)"
        case .sequence(let items, _): return "\(mark) [" + items.map(describe).joined(separator: ", ") + "]"
        case .mapping(let pairs, _):
            return "\(mark) {" + pairs.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", ") + "}"
        }
    }

    static func describe(_ node: Yams.Node) -> String {
        let mark = node.mark.map { "\($0.line):\($0.column)" } ?? "?"
        switch node {
        case .scalar(let scalar): return "\(mark) \(scalar.style == .plain ? "plain" : "styled") \(scalar.string.debugDescription)"
        case .sequence(let items): return "\(mark) [" + items.map(describe).joined(separator: ", ") + "]"
        case .mapping(let pairs):
            return "\(mark) {" + pairs.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", ") + "}"
        case .alias: return "\(mark) alias"
        }
    }

    /// A Yams error as the failure `FrontMatterComposer` reports: both come from libyaml.
    static func failure(of error: YamlError) -> FrontMatterComposer.Failure? {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return FrontMatterComposer.Failure(
                problem: problem, line: mark.line, column: mark.column, context: context?.text,
                contextLine: context?.mark.line ?? 0, contextColumn: context?.mark.column ?? 0)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return FrontMatterComposer.Failure(
                problem: "duplicate key \(duplicates.joined(separator: ", ")) in the front matter", line: context.mark.line,
                column: context.mark.column)
        default:
            return nil
        }
    }

    static let valid = [
        "title: Zes indicatoren\ndate: 2019-06-12\nlessons: [resultaat, delen]\n",
        "title: \"Breda: zes\"\nteller: 'Paul'\ntags:\n  - één\n  - ~\nanswers: {pendule: 72, rol: [a, b]}\n",
        "text: |\n  twee\n  regels\nnull: null\nempty:\n",
        "a: &x [lol, lol]\nb: [*x, *x]\nc: *x\n",
        "",
        "# alleen een opmerking\n",
        "- een\n- twee\n",
        "plain",
    ]

    @Test(arguments: valid) func readsWhatYamsRead(_ yaml: String) throws {
        let ours = try FrontMatterComposer.compose(yaml)
        let theirs = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        #expect(ours.map(Self.describe) == theirs.map(Self.describe))
    }

    static let invalid = [
        "title: Breda: zes\n",
        "title: \"open\ndate: 2019-06-12\n",
        "lessons: [resultaat\ndate: 2019\n",
        "a: 1\nb: 2\na: 3\nb: 4\n",
        // More keys than are compared pair by pair: a set finds the repeated ones.
        (1...40).map { "k\($0): \($0)\n" }.joined() + "k7: again\nk31: again\n",
        "a: *missing\n",
        "a: 1\n---\nb: 2\n",
        "  a: 1\n b: 2\n",
        "a: \"\\q\"\n",
    ]

    @Test(arguments: invalid) func refusesWhatYamsRefusedAtTheSamePlace(_ yaml: String) throws {
        var ours: (Int?, Int?, String)?
        do {
            _ = try FrontMatterComposer.compose(yaml)
        } catch {
            if case .invalid(let failure) = error { ours = YAMLErrorLocation.describe(failure, lineOffset: 1) }
        }
        var theirs: (Int?, Int?, String)?
        do {
            _ = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            theirs = Self.failure(of: error).map { YAMLErrorLocation.describe($0, lineOffset: 1) }
        }
        let found = try #require(ours, "refused")
        let expected = try #require(theirs)
        #expect(found.0 == expected.0 && found.1 == expected.1 && found.2 == expected.2, "\(found) ≠ \(expected)")
    }

    @Test func anAliasBombStopsAtTheLimit() {
        var yaml = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for (name, previous) in zip("bcdefghi", "abcdefgh") {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        #expect(throws: FrontMatterComposer.Refusal.tooManyValues) { try FrontMatterComposer.compose(yaml) }
        #expect(throws: Never.self) { try FrontMatterComposer.compose("a: &a [x, y]\nb: [*a, *a]\n") }
    }

    static let texts = [
        "Zes indicatoren", "Breda: zes", "yes", "12", "#1", "~", "", "'quoted' \"both\"", "één\ttab", "line\nbreak", " lead", "- dash",
    ]

    /// The nodes of an observation and a field line, written by both.
    static func pairs(_ flow: Bool) -> (ours: YAMLEmitter.Node, theirs: Yams.Node) {
        let list = YAMLEmitter.Node.list(texts.map { YAMLEmitter.Node.text($0) }, flow: flow)
        let theirList = Yams.Node.sequence(.init(texts.map { Yams.Node($0) }, .implicit, flow ? .flow : .block))
        let quoted = YAMLEmitter.Node.text("yes", quoted: true)
        let theirQuoted = Yams.Node.scalar(.init("yes", .implicit, .singleQuoted))
        let ours = YAMLEmitter.Node.map(
            texts.map { ($0.isEmpty ? "leeg" : $0, YAMLEmitter.Node.text($0)) } + [("list", list), ("quoted", quoted)], flow: flow)
        let theirs = Yams.Node.mapping(
            .init(
                texts.map { (Yams.Node($0.isEmpty ? "leeg" : $0), Yams.Node($0)) } + [
                    (Yams.Node("list"), theirList), (Yams.Node("quoted"), theirQuoted),
                ],
                .implicit, flow ? .flow : .block))
        return (ours, theirs)
    }

    @Test(arguments: [false, true]) func writesWhatYamsWrote(flow: Bool) throws {
        let (ours, theirs) = Self.pairs(flow)
        #expect(try YAMLEmitter.yaml(of: ours) == Yams.serialize(node: theirs, width: -1, allowUnicode: true))
    }

    @Test(arguments: texts + ["null", "NULL", "0x1F", "1_000", "3.5", ".inf", "2019-06-12", "2019-6-1 10:00:00", "on", "<<", "="])
    func quotesWhatYamsWouldReadAsSomethingElse(_ text: String) {
        let plain = Yams.Node.scalar(.init(text))
        let yamsReadsText = Resolver.default.resolveTag(of: plain) == .str
        #expect((YAMLPlainText.meaning(of: text) == .text) == yamsReadsText)
    }
}
