import Foundation
import VerhaalKit

/// A value the templates read, as nested dictionaries and arrays. Mustache looks up a key of a
/// struct by reflecting over all of its properties, every time; a page with hundreds of strings
/// and fifty stories paid for that on every `{{…}}`. A dictionary is looked up directly, so a
/// page's values are turned into one once, and the strings once per language.
enum TemplateValues {
    /// `value` as dictionaries (structs and classes), arrays (collections) and plain values;
    /// an empty optional is nil, so its key is left out, as Mustache treats it.
    static func of(_ value: Any) -> Any? {
        // Most values are text, numbers and flags: a cast is far cheaper than a mirror.
        switch value {
        case let text as String: return text
        case let flag as Bool: return flag
        case let number as Int: return number
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first else { return nil }
            return of(wrapped.value)
        case .struct, .class:
            var values: [String: Any] = [:]
            for child in mirror.children {
                if let label = child.label, let converted = of(child.value) { values[label] = converted }
            }
            return values
        case .collection, .set:
            return mirror.children.compactMap { of($0.value) }
        default:
            return value
        }
    }

    private static let stringsByLanguage = Locked<[String: Any]>([:])

    /// The strings of a language as template values, made once.
    static func strings(_ strings: WebStrings) -> Any {
        stringsByLanguage.withLock { made in
            if let values = made[strings.lang] { return values }
            let values = of(strings) ?? [:]
            made[strings.lang] = values
            return values
        }
    }
}
