/// The characters every document format Verhaal writes can hold (XML 1.0's, the strictest):
/// the rule `check` applies to entries, and the one the writers refuse by.
public enum DocumentCharacters {
    /// True for tab, line feed, carriage return and U+0020 upwards, except U+FFFE and U+FFFF.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// The first character XML cannot hold, with its 1-based line and column in `text`.
    public static func firstForbidden(in text: String) -> (scalar: Unicode.Scalar, line: Int, column: Int)? {
        // Fast path: forbidden characters are control bytes or U+FFFE/U+FFFF (EF BF BE/BF).
        let suspicious = text.withUTF8Bytes { bytes in
            for index in bytes.indices {
                let byte = bytes[index]
                if byte < 0x20 {
                    if byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
                } else if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF,
                    bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF
                {
                    return true
                }
            }
            return false
        }
        guard suspicious else { return nil }
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if !isAllowed(scalar) { return (scalar, line, column) }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return nil
    }

    /// `U+0007` style name of a character.
    public static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
