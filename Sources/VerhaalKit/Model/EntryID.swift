/// Rules for entry ids: the file name without `.md`.
public enum EntryID {
    /// The longest id accepted, so that file names stay portable.
    public static let maximumLength = 100

    /// True for lower-case ASCII letters, digits and single inner hyphens, e.g. `zes-indicatoren`.
    public static func isValid(_ id: String) -> Bool {
        // On the bytes: it is asked for every file read.
        let bytes = id.utf8
        guard !bytes.isEmpty, bytes.count <= maximumLength, bytes.first != hyphen, bytes.last != hyphen else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            let allowed = (0x61...0x7a).contains(byte) || (0x30...0x39).contains(byte) || (byte == hyphen && previous != hyphen)
            guard allowed else { return false }
            previous = byte
        }
        return true
    }

    private static let hyphen = UInt8(ascii: "-")

    /// Why an id is refused, in words a user can act on; nil when it is valid.
    public static func problem(with id: String) -> String? {
        if isValid(id) { return nil }  // the common case, checked for every file read
        if id.isEmpty { return "the id is empty" }
        if id.contains("/") || id.contains("\\") { return "an id cannot contain '/' or '\\'" }
        if id.contains("..") { return "an id cannot contain '..'" }
        if id.contains(where: \.isWhitespace) { return "an id cannot contain spaces" }
        if id != id.lowercased() { return "an id must be lower case" }
        if id.utf8.count > maximumLength { return "an id is at most \(maximumLength) characters" }
        return "an id uses only the letters a-z, digits and single hyphens, not at the start or end"
    }

    /// Makes an id from a title: `Zes indicatoren in Breda!` becomes `zes-indicatoren-in-breda`.
    public static func slug(from title: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in TextFolding.fold(title).unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        if slug.utf8.count > 60 {
            slug = String(slug.prefix(60))
            while slug.hasSuffix("-") { slug.removeLast() }
        }
        return slug.isEmpty ? "verhaal" : slug
    }

    /// Four random letters and digits (without look-alikes such as `l` and `1`), for ids that
    /// must not depend on which other entries exist.
    public static func randomSuffix() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")
        return String((0..<4).map { _ in alphabet[Int.random(in: 0..<alphabet.count)] })
    }
}
