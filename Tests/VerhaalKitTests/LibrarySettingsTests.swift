import Testing

@testable import VerhaalKit

@Suite struct LibrarySettingsTests {
    @Test func defaultsToDutchAndTheEssayFramework() {
        let (settings, diagnostics) = LibrarySettings.parse("# nothing\n", file: "verhaal.yaml")
        #expect(diagnostics.isEmpty)
        #expect(settings.language == "nl")
        #expect(settings.framework == .essay)
        #expect(Framework.essay.lesson(matching: "3")?.id == "delen")
    }

    @Test func aLibraryCanBringItsOwnFramework() {
        let yaml = """
            language: en
            framework:
              lessons:
                - {id: luisteren, number: 1, title: Listen, summary: S, spelvorm: G}
              perspectives:
                - {id: wijk, title: The neighbourhood, summary: S, questions: [Who lives here?]}
            """
        let (settings, diagnostics) = LibrarySettings.parse(yaml, file: "verhaal.yaml")
        #expect(diagnostics.isEmpty)
        #expect(settings.language == "en")
        #expect(settings.framework.lessons.map(\.id) == ["luisteren"])
        #expect(settings.framework.perspective(matching: "wijk")?.questions == ["Who lives here?"])
    }

    @Test func reportsUnknownLanguagesAndBrokenFrameworks() {
        let yaml = """
            language: fr
            framework:
              lessons:
                - {id: a, number: 1, title: A, summary: S, spelvorm: G}
                - {id: a, number: 1, title: B, summary: S, spelvorm: G}
              perspectives: []
            """
        let summaries = LibrarySettings.parse(yaml, file: "verhaal.yaml").1.map(\.summary)
        #expect(summaries.contains("unknown language 'fr'"))
        #expect(summaries.contains("framework: lesson id 'a' appears twice"))
        #expect(summaries.contains("framework: lesson number 1 appears twice"))
    }

    @Test func reportsMissingFrameworkFieldsByPath() {
        let yaml = "framework:\n  lessons:\n    - {id: a, number: 1}\n  perspectives: []\n"
        let diagnostics = LibrarySettings.parse(yaml, file: "verhaal.yaml").1
        #expect(diagnostics.first?.summary.contains("missing key 'title'") == true)
    }
}
