import Testing
import Yams

@testable import VerhaalKit

/// The front-matter reader on libyaml's events reads what Yams read: the same values at the
/// same lines and columns, and the same problems at the same places, so no diagnostic moved.
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
        let theirs = try YAMLShape.compose(yaml)
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
            _ = try YAMLShape.compose(yaml)
        } catch let error as YamlError {
            theirs = YAMLErrorLocation.describe(error, lineOffset: 1)
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
}
