import Foundation
import Testing

@testable import VerhaalKit

/// `language: en` in `verhaal.yaml`: no Dutch text of the framework reaches an export, `show`
/// or `lessons`. The stories themselves stay in the language they were told in.
@Suite struct EnglishTests {
    /// Every Dutch text of the essay's framework, and the document's own Dutch headings.
    static var dutchTexts: [String] {
        let framework = Framework.essay
        var texts = framework.lessons.flatMap { [$0.title, $0.summary, $0.spelvorm] }
        texts += framework.perspectives.flatMap { [$0.title, $0.summary] + $0.questions }
        texts += framework.questions.map(\.prompt)
        // The ends of a scale only where they are more than words a Dutch story uses anyway.
        texts += (framework.questions.compactMap(\.left) + framework.questions.compactMap(\.right)).filter { $0.count > 25 }
        let strings = DocumentStrings.dutch
        texts += [strings.lessons, strings.questions, strings.spelvorm + ":", strings.introduction, strings.sources, strings.answers]
        return texts.map { $0.replacingOccurrences(of: "\n", with: " ") }
    }

    @Test func anEnglishLibraryExportsNoDutchFrameworkText() throws {
        let library = try TemporaryLibrary.sampleCopy()
        try library.write("language: en\n", to: "verhaal.yaml")
        let yaml = """
            title: With answers
            answers: true
            patterns: remarkable
            show-empty: true

            """
        try library.write(yaml, to: "Stories/verhalen/met-antwoorden.yaml")
        var outputs: [String: String] = [:]
        for name in ["wenkend-perspectief", "met-antwoorden"] {
            let export = try library.run(["export", name, "--format", "all"])
            #expect(export.status == 0, "\(export.errors)")
            for format in ["xml", "fodt", "fodp"] { outputs["\(name).\(format)"] = try library.text("Exports/\(name).\(format)") }
        }
        outputs["show"] = try library.run(["show", "zes-indicatoren"]).output
        outputs["lessons"] = try library.run(["lessons", "--verbose"]).output
        outputs["questions"] = try library.run(["questions"]).output
        for (file, text) in outputs {
            for dutch in Self.dutchTexts {
                #expect(!text.contains(dutch), "\(file) holds '\(dutch)'")
            }
        }
        #expect(outputs["wenkend-perspectief.xml"]?.contains("Focus on results, not on the form of collaboration") == true)
        #expect(outputs["wenkend-perspectief.xml"]?.contains("xml:lang=\"en\"") == true)
        #expect(outputs["wenkend-perspectief.fodp"]?.contains("Your role as a director") == true)
    }

    /// Every fixed word of the documents' Dutch templates (headings, labels, sentences, names of
    /// kinds, outcomes and months, the worksheets' words) that English says differently, leaving
    /// out what the sample library's own files say (its stories are told in Dutch).
    static func dutchTemplateWords(libraryTexts: String) -> [String] {
        var words: [String] = []
        func collect(_ value: Any) {
            switch value {
            case let text as String: words.append(text)
            case let texts as [String]: words += texts
            default:
                let mirror = Mirror(reflecting: value)
                if mirror.displayStyle == .struct || mirror.displayStyle == .dictionary || mirror.displayStyle == .tuple {
                    for child in mirror.children { collect(child.value) }
                }
            }
        }
        collect(DocumentStrings.dutch)
        collect(WorksheetStrings.dutch)
        var english: [String] = []
        let dutch = words
        words = []
        collect(DocumentStrings.english)
        collect(WorksheetStrings.english)
        english = words
        let lowercasedLibrary = libraryTexts.lowercased()
        return Array(
            Set(
                dutch.map { $0.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)) }.filter {
                    $0.count > 2 && !english.contains($0) && !lowercasedLibrary.contains($0.lowercased())
                })
        ).sorted()
    }

    @Test func everyDocumentKindInEnglishHoldsNoDutchTemplateWord() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let settings = try library.text("verhaal.yaml")
        try library.write(settings.replacingOccurrences(of: "language: nl", with: "language: en"), to: "verhaal.yaml")
        var libraryTexts = ""
        let stories = library.url("Stories")
        for case let url as URL in FileManager.default.enumerator(at: stories, includingPropertiesForKeys: nil) ?? .init()
        where ["md", "yaml"].contains(url.pathExtension) {
            libraryTexts += (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        }
        let words = Self.dutchTemplateWords(libraryTexts: libraryTexts)
        #expect(words.count > 60, "the list holds the templates' words: \(words.count)")
        var documents: [String: String] = [:]
        for name in ["wenkend-perspectief", "raad-van-commissarissen"] {
            let export = try library.run(["export", name, "--format", "all"])
            #expect(export.status == 0, "\(export.errors)")
            for format in ["xml", "fodt", "fodp"] { documents["\(name).\(format)"] = try library.text("Exports/\(name).\(format)") }
        }
        #expect(try library.run(["cards", "--format", "fodt"]).status == 0)
        documents["kaarten.fodt"] = try library.text("Exports/kaarten.fodt")
        for number in 1...5 {
            #expect(try library.run(["spelvorm", String(number), "--format", "fodt"]).status == 0)
            documents["spelvorm-\(number).fodt"] = try library.text("Exports/spelvorm-\(number).fodt")
        }
        var found: [String] = []
        for (name, document) in documents.sorted(by: { $0.key < $1.key }) {
            // The text only: element and attribute names are not words a reader sees.
            let text = document.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
            for word in words {
                let pattern = "(?<![\\p{L}])" + NSRegularExpression.escapedPattern(for: word) + "(?![\\p{L}])"
                if text.range(of: pattern, options: .regularExpression) != nil { found.append("\(name): '\(word)'") }
            }
        }
        #expect(found.isEmpty, "Dutch template words in English documents:\n\(found.joined(separator: "\n"))")
        print("English documents checked: \(documents.count) documents against \(words.count) Dutch template words")
    }
}
