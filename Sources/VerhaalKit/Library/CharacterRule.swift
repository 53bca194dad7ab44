/// The rule that a library holds only characters every document format can hold: a control
/// character such as U+0007 is an error, whether it is in the file itself or spelled in a
/// quoted YAML value (`"\a"`).
enum CharacterRule {
    /// The first forbidden character in a file's text.
    static func problem(inFile text: String, path: String) -> Diagnostic? {
        guard let forbidden = DocumentCharacters.firstForbidden(in: text) else { return nil }
        return Diagnostic(
            .error, code: .forbiddenCharacter, file: path, line: forbidden.line, column: forbidden.column,
            summary: "the file contains the control character \(DocumentCharacters.name(forbidden.scalar)), which documents cannot hold",
            hint: "delete that character (most editors do not show it); it often comes from copying text out of another program")
    }

    /// The first forbidden character in a front-matter value, as YAML decoded it.
    static func problem(inValue text: String, key: String, index: Int?, path: String, line: Int?, column: Int?) -> Diagnostic? {
        guard let forbidden = DocumentCharacters.firstForbidden(in: text) else { return nil }
        return Diagnostic(
            .error, code: .forbiddenCharacter, file: path, line: line, column: column, field: key, index: index,
            summary: "'\(key)' contains the control character \(DocumentCharacters.name(forbidden.scalar)), which documents cannot hold",
            hint: "remove it from the value")
    }
}
