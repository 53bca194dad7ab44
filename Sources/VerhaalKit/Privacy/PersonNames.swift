/// `Stories/namen.yaml`: for each person, the words used for them outside the network
/// (`Harrie Oosterlee: een bestuurder uit Oss`). Documents for an audience with pseudonyms use
/// these words wherever the name stands.
public struct PersonNames: Sendable, Equatable {
    /// Name and pseudonym, in the file's order.
    public var pairs: [(name: String, pseudonym: String)]

    public init(_ pairs: [(name: String, pseudonym: String)] = []) {
        self.pairs = pairs
    }

    public static func == (lhs: PersonNames, rhs: PersonNames) -> Bool {
        lhs.pairs.map(\.name) == rhs.pairs.map(\.name) && lhs.pairs.map(\.pseudonym) == rhs.pairs.map(\.pseudonym)
    }

    /// The pseudonym of `name`, compared without case.
    public func pseudonym(of name: String) -> String? {
        pairs.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.pseudonym
    }

    public static let fileName = "namen.yaml"

    static func notUTF8(_ path: String) -> Diagnostic {
        Diagnostic(.error, code: .invalidNames, file: path, summary: "the list of names is not UTF-8 text", hint: "save it as UTF-8")
    }

    /// Reads the file's text; every problem has its line.
    static func parse(_ text: String, path: String) -> (PersonNames, [Diagnostic]) {
        let hint = "write one 'Full Name: words used instead' per line, e.g. 'Harrie Oosterlee: een bestuurder uit Oss'"
        let root: FrontMatterNode?
        do throws(YAMLShape.Refusal) {
            root = try YAMLShape.guardedCompose(text, maximumBytes: ReadingLimits.maximumEntryBytes)
        } catch {
            let diagnostic = error.diagnostic(
                code: .invalidNames, file: path, what: "the list of names", invalidHint: hint, refusedHint: hint)
            return (PersonNames(), [diagnostic])
        }
        guard let root else { return (PersonNames(), []) }
        guard let mapping = root.mapping else {
            return (
                PersonNames(),
                [
                    Diagnostic(
                        .error, code: .invalidNames, file: path, line: 1, summary: "the list of names is not 'Name: pseudonym' lines",
                        hint: hint)
                ]
            )
        }
        var names = PersonNames()
        var diagnostics: [Diagnostic] = []
        for (key, value) in mapping {
            guard let name = key.string?.trimmingSpaces, !name.isEmpty, let pseudonym = value.string?.trimmingSpaces, !pseudonym.isEmpty
            else {
                diagnostics.append(
                    Diagnostic(
                        .error, code: .invalidNames, file: path, line: key.mark?.line, column: key.mark?.column,
                        summary: "'\(key.string ?? "")' has no words to use instead", hint: hint))
                continue
            }
            names.pairs.append((name, pseudonym))
        }
        return (names, diagnostics)
    }
}
