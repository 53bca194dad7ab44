import Foundation

/// Replaces people's names in a text with the words used for them instead, in every form a name
/// takes in a Dutch or English text: the full name, the first name, the surname with and without
/// its prefix (`van Zandbrink`, `Van Zandbrink`, `Zandbrink`), initials (`H. Oosterlee`,
/// `H.O.`), each also as a possessive (`Harries`, `Harrie's`). Whole words only, longest form
/// first, so `Harrie Oosterlee` becomes one pseudonym and not two.
public struct NameReplacer: Sendable {
    /// What replaces each form, by form.
    private let replacements: [String: String]
    /// The person each form belongs to, by form.
    private let owners: [String: String]
    private let pattern: NSRegularExpression?

    /// `people` maps each name to its replacement.
    public init(_ people: [(name: String, replacement: String)]) {
        var replacements: [String: String] = [:]
        var owners: [String: String] = [:]
        for (name, replacement) in people {
            for form in Self.forms(of: name) where replacements[form] == nil {
                replacements[form] = replacement
                owners[form] = name
            }
        }
        self.replacements = replacements
        self.owners = owners
        let alternatives = replacements.keys.sorted { ($0.count, $0) > ($1.count, $1) }.map(NSRegularExpression.escapedPattern(for:))
        pattern =
            alternatives.isEmpty
            ? nil
            : try? NSRegularExpression(
                pattern: "(?<![\\p{L}\\p{N}])(" + alternatives.joined(separator: "|") + ")(?:['’]s|s)?(?![\\p{L}\\p{N}])")
    }

    /// Every written form of `name` that is specific enough to replace.
    static func forms(of name: String) -> [String] {
        let words = name.split(separator: " ").map(String.init)
        guard let first = words.first else { return [] }
        var forms = [name]
        guard words.count > 1 else { return forms }
        let surname = words.dropFirst().joined(separator: " ")
        let core = words.last ?? surname
        let initial = first.prefix(1) + "."
        forms += [first, surname, core, "\(initial) \(surname)", "\(initial)\(surname)", "\(initial) \(core)"]
        if let letter = surname.first, letter.isLowercase { forms.append(letter.uppercased() + surname.dropFirst()) }
        let initials = words.compactMap(\.first).filter(\.isUppercase)
        if initials.count > 1 {
            forms += [initials.map { "\($0)." }.joined(), initials.map { "\($0)." }.joined(separator: " ")]
        }
        // A single letter or a two-letter word would replace too much.
        return forms.filter { $0.count >= 3 }
    }

    /// The text with every name replaced.
    public func apply(_ text: String) -> String {
        guard let pattern, !text.isEmpty else { return text }
        let whole = NSRange(text.startIndex..., in: text)
        let matches = pattern.matches(in: text, range: whole)
        guard !matches.isEmpty else { return text }
        var result = ""
        var position = text.startIndex
        for match in matches {
            guard let range = Range(match.range, in: text), let formRange = Range(match.range(at: 1), in: text) else { continue }
            result += text[position..<range.lowerBound]
            result += replacements[String(text[formRange])] ?? String(text[range])
            position = range.upperBound
        }
        return result + text[position...]
    }

    /// The people whose name occurs in `text`, in any form.
    public func people(in text: String) -> Set<String> {
        guard let pattern, !text.isEmpty else { return [] }
        let matches = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
        return Set(matches.compactMap { Range($0.range(at: 1), in: text).flatMap { owners[String(text[$0])] } })
    }
}
