/// Makes valid XML ids (NCNames) from the document model's ids (entry ids and others): a
/// writer's walk, as pandoc's `ensureValidXmlIdentifiers`. The model itself keeps plain ids.
public enum XMLName {
    /// An NCName: starts with a letter or `_`, then letters, digits, `-`, `_`, `.`.
    /// Entry ids that start with a digit get a `v-` prefix (`2019-06-12-breda` → `v-2019-06-12-breda`).
    public static func id(_ text: String, prefix: String = "v-") -> String {
        if isNCName(text.utf8) { return text }  // almost every id, asked once per story
        var result = ""
        for scalar in text.unicodeScalars {
            let allowed =
                ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" || scalar == "."
            result.unicodeScalars.append(allowed ? scalar : "_")
        }
        guard let first = result.unicodeScalars.first,
            ("a"..."z").contains(first) || ("A"..."Z").contains(first) || first == "_"
        else { return prefix + result }
        return result
    }

    /// True when the bytes are ASCII letters, digits, `-`, `_` and `.`, and the first is a
    /// letter or `_`: the NCNames `id` gives back unchanged.
    private static func isNCName(_ bytes: String.UTF8View) -> Bool {
        guard let first = bytes.first, isLetter(first) || first == UInt8(ascii: "_") else { return false }
        return bytes.allSatisfy { byte in
            isLetter(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: ".")
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5a).contains(byte) || (0x61...0x7a).contains(byte)
    }
}
