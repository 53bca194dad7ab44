/// Makes valid XML ids (NCNames) from the document model's ids (entry ids and others): a
/// writer's walk, as pandoc's `ensureValidXmlIdentifiers`. The model itself keeps plain ids.
public enum XMLName {
    /// An NCName: starts with a letter or `_`, then letters, digits, `-`, `_`, `.`.
    /// Entry ids that start with a digit get a `v-` prefix (`2019-06-12-breda` → `v-2019-06-12-breda`).
    public static func id(_ text: String, prefix: String = "v-") -> String {
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
}
