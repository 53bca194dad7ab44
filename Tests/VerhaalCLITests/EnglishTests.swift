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
}
