import Foundation

/// What a plain (unquoted) YAML text means to a YAML 1.1 reader such as Yams, PyYAML or
/// Ruby's: `yes` is a yes/no, `12` a number, `~` nothing. Verhaal reads every value as text,
/// but writes texts so that other tools read them as texts too.
enum YAMLPlainText {
    enum Meaning: Equatable {
        case text, yesNo, integer, number, merge, nothing, timestamp, value
    }

    /// The YAML 1.1 type resolution, in the order YAML 1.1 readers try it.
    private static let rules: [(Meaning, NSRegularExpression)] = [
        (.yesNo, "^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$"),
        (.integer, "^(?:[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$"),
        (
            .number,
            "^(?:[-+]?(?:[0-9][0-9_]*)(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9_]+(?:[eE][-+][0-9]+)?"
                + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
        ),
        (.merge, "^(?:<<)$"),
        (.nothing, "^(?:~|null|Null|NULL|)$"),
        (
            .timestamp,
            "^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
                + "(?:[Tt]|[ \\t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$"
        ),
        (.value, "^(?:=)$"),
    ].map { meaning, pattern in
        // The patterns are constants: one that does not compile is a programming error.
        (meaning, try! NSRegularExpression(pattern: pattern))
    }

    /// What `text`, written plain, is read as.
    static func meaning(of text: String) -> Meaning {
        let range = NSRange(text.startIndex..., in: text)
        for (meaning, rule) in rules where rule.firstMatch(in: text, range: range) != nil { return meaning }
        return .text
    }
}
