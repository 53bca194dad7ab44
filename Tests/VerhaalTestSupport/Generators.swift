import PropertyBased

/// Generators of hostile text for property tests, shared by the test targets.
public enum Generators {
    /// Any Unicode scalar, weighted towards the interesting ones: ASCII (with controls and XML
    /// specials), combining marks, right-to-left scripts, emoji, the non-characters U+FFFE and
    /// U+FFFF, and the supplementary planes. Surrogates are not scalars and are never made.
    public static let scalar = Gen<Unicode.Scalar>.oneOf(
        Gen<UInt32>.value(in: 0...0x7F).compactMap(Unicode.Scalar.init).eraseToAnySequence(),
        Gen<UInt32>.value(in: 0x300...0x36F).compactMap(Unicode.Scalar.init).eraseToAnySequence(),
        Gen<UInt32>.value(in: 0x590...0x6FF).compactMap(Unicode.Scalar.init).eraseToAnySequence(),
        Gen<UInt32>.value(in: 0x1F300...0x1FAFF).compactMap(Unicode.Scalar.init).eraseToAnySequence(),
        Gen<UInt32>.value(in: 0xFFF0...0xFFFF).compactMap(Unicode.Scalar.init).eraseToAnySequence(),
        Gen<UInt32>.value(in: 0...0x10FFFF).compactMap(Unicode.Scalar.init).eraseToAnySequence()
    )

    /// Any string of up to `length` scalars.
    public static func string(upTo length: Int) -> Generator<String, AnySequence<Any>> {
        scalar.array(of: 0...length).map { scalars in
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars)
            return String(text)
        }.eraseToAny()
    }

    /// A string of the characters XML 1.0 can hold (what a valid entry can contain).
    public static func xmlString(upTo length: Int) -> Generator<String, AnySequence<Any>> {
        string(upTo: length).map { text in
            var scalars = String.UnicodeScalarView()
            scalars.append(
                contentsOf: text.unicodeScalars.filter { scalar in
                    switch scalar.value {
                    case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
                    default: false
                    }
                })
            return String(scalars)
        }.eraseToAny()
    }

    /// Markdown-heavy text: markup characters, line breaks and indentation in any order.
    public static let markdown = Gen<Character?>.element(of: Array("*_`[]()<>!#>-+1. \n\n\t\\&|~=:\"'éש😀"))
        .compactMap { $0 }
        .array(of: 0...400)
        .map { String($0) }
}
