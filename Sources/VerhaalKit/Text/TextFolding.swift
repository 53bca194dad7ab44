import Foundation

/// Case- and accent-insensitive text comparison: `één` matches `een`, `Zorg` matches `zorg`.
public enum TextFolding {
    /// Lower-cases the text and removes combining marks after canonical decomposition.
    public static func fold(_ text: String) -> String {
        let decomposed = text.decomposedStringWithCanonicalMapping
        var folded = String.UnicodeScalarView()
        for scalar in decomposed.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            folded.append(scalar)
        }
        return String(folded).lowercased()
    }

    /// True when `needle` occurs in `haystack`, ignoring case and accents.
    public static func contains(_ haystack: String, _ needle: String) -> Bool {
        let needle = fold(needle)
        return needle.isEmpty || fold(haystack).contains(needle)
    }
}
