import Foundation

/// The library's `verhaal.yaml`: its language and, optionally, its own framework.
public struct LibrarySettings: Sendable, Equatable {
    /// Document language: `nl` (default) or `en`.
    public var language: String
    public var framework: Framework
    /// The smallest group of stories that patterns show to anyone but a coordinator
    /// (`patterns: {smallest-group: 5}`); 3 unless the library raises it.
    public var smallestGroup = 3
    /// Whether the command line commits its changes (`git: {commit: true}`); the web collector
    /// always commits in a repository.
    public var commitsChanges = false

    public init(language: String = "nl", framework: Framework = .essay) {
        self.language = language
        self.framework = framework
    }

    /// The languages exports can be written in.
    public static let supportedLanguages = Language.allCases.map(\.rawValue)

    private struct File: Decodable {
        var language: String?
        var framework: Framework?
        var patterns: Patterns?
        var git: GitSettings?
    }

    private struct GitSettings: Decodable {
        var commit: Bool?
    }

    private struct Patterns: Decodable {
        var smallestGroup: Int?

        enum CodingKeys: String, CodingKey { case smallestGroup = "smallest-group" }
    }

    /// Reads settings from YAML text; problems come back as diagnostics for `file`.
    public static func parse(_ yaml: String, file: String) -> (LibrarySettings, [Diagnostic]) {
        var settings = LibrarySettings()
        let decoded: File?
        do {
            // A file with only comments holds no document: keep the defaults.
            decoded = try YAMLShape.guardedCompose(yaml, maximumBytes: ReadingLimits.maximumEntryBytes).map {
                try FrontMatterDecoder.decode(File.self, from: $0)
            }
        } catch let error as YAMLShape.Refusal {
            let diagnostic = error.diagnostic(
                code: .settingsInvalidYAML, file: file, what: "verhaal.yaml",
                invalidHint: "fix the YAML syntax at that line; compare with the example in README.md",
                refusedHint: "compare with the example in README.md")
            return (settings, [diagnostic])
        } catch let error as DecodingError {
            return (
                settings,
                [
                    Diagnostic(
                        .error, code: .settingsInvalidField, file: file, summary: "verhaal.yaml: \(DecodingErrorText.describe(error))",
                        hint:
                            "a framework needs lessons (id, number, title, summary, spelvorm) and perspectives (id, title, summary, questions)"
                    )
                ]
            )
        } catch {
            return (settings, [Diagnostic(.error, code: .settingsInvalidField, file: file, summary: "verhaal.yaml: \(error)")])
        }
        var diagnostics: [Diagnostic] = []
        if let language = decoded?.language {
            if supportedLanguages.contains(language) {
                settings.language = language
            } else {
                diagnostics.append(
                    Diagnostic(
                        .error, code: .unknownLanguage, file: file, summary: "unknown language '\(language)'",
                        hint: "use one of: \(supportedLanguages.joined(separator: ", "))"))
            }
        }
        settings.commitsChanges = decoded?.git?.commit ?? false
        if let smallest = decoded?.patterns?.smallestGroup {
            if smallest >= 3 {
                settings.smallestGroup = smallest
            } else {
                diagnostics.append(
                    Diagnostic(
                        .error, code: .settingsInvalidField, file: file,
                        summary: "patterns.smallest-group is \(smallest); it may not be under 3",
                        hint: "remove the line to use 3, or raise it (e.g. 'smallest-group: 5')"))
            }
        }
        if var framework = decoded?.framework {
            if !framework.hasOwnDomains {
                framework.domains = ChangeDomain.defaults(lessons: framework.lessons, language: Language(code: settings.language))
            }
            if !framework.hasOwnQuestions {
                let lessonIDs = Set(framework.lessons.map(\.id))
                framework.questions = Framework.essayQuestions(Language(code: settings.language)).map { question in
                    var question = question
                    question.lessons = question.lessons.filter(lessonIDs.contains)
                    return question
                }
            }
            let problems = framework.problems()
            if problems.isEmpty {
                settings.framework = framework
            } else {
                diagnostics += problems.map {
                    Diagnostic(
                        .error, code: .frameworkConflict, file: file, summary: "framework: \($0)",
                        hint: "give every lesson, perspective, question and option its own id")
                }
            }
        }
        if decoded?.framework == nil {
            settings.framework = Framework.essay(in: Language(code: settings.language))
        }
        return (settings, diagnostics)
    }
}

enum DecodingErrorText {
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { key in
                key.intValue.map { "[\($0)]" } ?? key.stringValue
            }
            return keys.isEmpty ? "top level" : keys.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing key '\(key.stringValue)' at \(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context),
            .dataCorrupted(let context):
            return "\(context.debugDescription) at \(path(context))"
        @unknown default:
            return "\(error)"
        }
    }
}
