import Foundation

/// Changes top-level fields in front-matter YAML by replacing only their own lines.
///
/// Every other line (unknown keys, comments, formatting) stays as it was. After editing, the
/// result is parsed again and compared with what was asked; if anything else changed, the
/// edit is refused rather than written.
struct FrontMatterEditor {
    private(set) var lines: [String]
    private let lineEnding: String
    private var expected: [String: ExpectedValue] = [:]

    private enum ExpectedValue {
        case text(String)
        case list([String])
        case answers([QuestionAnswer])
        case consent([String: Consent])
        case absent
    }

    init(yaml: String, lineEnding: String) {
        self.lines = FrontMatterDocument.lines(of: yaml)
        self.lineEnding = lineEnding
    }

    var yaml: String { lines.joined() }

    mutating func set(_ key: String, text: String) throws {
        try replace(key, with: YAMLValue.line(key: key, text: text))
        expected[key] = .text(text)
    }

    /// Removes a field.
    mutating func remove(_ key: String) {
        replace(key, with: nil)
        expected[key] = .absent
    }

    /// Sets the consent map in flow style; no consent removes the field.
    mutating func set(_ key: String, consent: [String: Consent]) throws {
        if consent.isEmpty {
            remove(key)
        } else {
            try replace(key, with: YAMLValue.line(key: key, consent: consent))
            expected[key] = .consent(consent)
        }
    }

    /// Sets a list; an empty list removes the field.
    mutating func set(_ key: String, list: [String]) throws {
        if list.isEmpty {
            replace(key, with: nil)
            expected[key] = .absent
        } else {
            try replace(key, with: YAMLValue.line(key: key, list: list))
            expected[key] = .list(list)
        }
    }

    /// Sets the answers map in flow style; no answers removes the field.
    mutating func set(_ key: String, answers: [QuestionAnswer]) throws {
        if answers.isEmpty {
            replace(key, with: nil)
            expected[key] = .absent
        } else {
            try replace(key, with: YAMLValue.line(key: key, answers: answers))
            expected[key] = .answers(answers)
        }
    }

    /// Parses the edited YAML and checks that the edited keys hold what was asked and that no
    /// other key was lost or moved.
    func verified(against original: String) throws -> String {
        let failure = VerhaalError(
            "the front matter could not be edited safely",
            hint: "edit the file by hand; its layout is unusual (for example a block text with blank lines)")
        guard let before = try? FrontMatterComposer.compose(original), before.mapping != nil,
            let after = try? FrontMatterComposer.compose(yaml), let afterPairs = after.mapping
        else { throw failure }
        let keysBefore = (before.mapping ?? []).compactMap(\.key.string).filter { expected[$0] == nil }
        let keysAfter = afterPairs.compactMap(\.key.string).filter { expected[$0] == nil }
        guard keysBefore == keysAfter else { throw failure }
        for key in keysBefore {
            guard let old = before[key], let new = after[key], old.sameValue(as: new) else { throw failure }
        }
        for (key, value) in expected {
            let node = after[key]
            switch value {
            case .text(let text): guard node?.string == text else { throw failure }
            case .list(let list): guard node?.sequence?.compactMap(\.string) == list else { throw failure }
            case .answers(let answers): guard YAMLValue.answers(in: node) == answers else { throw failure }
            case .consent(let consent):
                let written = (node?.mapping ?? []).compactMap { pair in
                    pair.key.string.flatMap { name in pair.value.string.flatMap(Consent.init(written:)).map { (name, $0) } }
                }
                guard Dictionary(written, uniquingKeysWith: { first, _ in first }) == consent else { throw failure }
            case .absent: guard node == nil else { throw failure }
            }
        }
        return yaml
    }

    private mutating func replace(_ key: String, with newLine: String?) {
        let replacement = newLine.map { [$0 + lineEnding] } ?? []
        if let span = span(of: key) {
            lines.replaceSubrange(span, with: replacement)
        } else if !replacement.isEmpty {
            // Not `hasSuffix("\n")`: Swift treats "\r\n" as one character.
            if let last = lines.last, last.unicodeScalars.last != "\n" { lines[lines.count - 1] += lineEnding }
            lines += replacement
        }
    }

    /// The lines of a top-level key: its own line and the indented or `- ` lines that follow.
    private func span(of key: String) -> Range<Int>? {
        guard let start = lines.firstIndex(where: { Self.topLevelKey(in: $0) == key }) else { return nil }
        var end = start + 1
        var index = start + 1
        while index < lines.count {
            let content = FrontMatterDocument.content(of: lines[index])
            if content.isEmpty {
                index += 1
                continue
            }
            guard let first = content.unicodeScalars.first,
                first == " " || first == "\t" || first == "-"
            else { break }
            index += 1
            end = index
        }
        return start..<end
    }

    /// The key a line starts, when it is a top-level `key:` line.
    static func topLevelKey(in line: String) -> String? {
        guard let first = line.unicodeScalars.first,
            !" \t#-\r\n".unicodeScalars.contains(first),
            let colon = line.firstIndex(of: ":")
        else { return nil }
        var key = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
        if key.count >= 2, let quote = key.first, quote == "\"" || quote == "'", key.last == quote {
            key = String(key.dropFirst().dropLast())
        }
        return key
    }
}
