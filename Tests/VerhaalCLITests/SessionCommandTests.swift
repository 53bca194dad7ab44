import Foundation
import Testing

@Suite struct SessionCommandTests {
    @Test func sessionNewScaffoldsARecordThatChecksOnceFilledIn() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let new = try library.run([
            "session", "new", "Tafel: \"delen\"", "--date", "2020-01-15", "--facilitator", "Anne Jansen", "--spelvorm", "3",
        ])
        #expect(new.status == 0, "\(new.errors)")
        #expect(new.output == "Stories/sessies/2020-01-15-tafel-delen.md\n")
        #expect(try library.run(["check"]).status == 0, "the empty record checks")
        let again = try library.run(["session", "new", "Tafel: \"delen\"", "--date", "2020-01-15", "--facilitator", "Anne Jansen"])
        #expect(again.status != 0 && again.errors.contains("exists already"), "never overwrites")
        let wrong = try library.run(["session", "new", "X", "--facilitator", "A", "--spelvorm", "7"])
        #expect(wrong.status != 0 && wrong.errors.contains("there is no spelvorm 7"))

        var text = try library.text("Stories/sessies/2020-01-15-tafel-delen.md")
        text = text.replacingOccurrences(of: "resonant: []", with: "resonant: [{story: de-pendule, type: pivot, why: Zo voelt het.}]")
        try library.write(text, to: "Stories/sessies/2020-01-15-tafel-delen.md")
        let resonant = try library.run(["list", "--resonant"])
        #expect(resonant.output.contains("de-pendule"))
        #expect(resonant.output.contains("zes-indicatoren"), "the sample's own session")
        #expect(resonant.output.contains("4 of "))
        #expect(!resonant.output.contains("proeftuin-ruwaard-begint-gewoon"))

        try library.write(
            text.replacingOccurrences(of: "story: de-pendule", with: "story: weg"), to: "Stories/sessies/2020-01-15-tafel-delen.md")
        let check = try library.run(["check"])
        #expect(check.status != 0)
        #expect(check.output.contains("Stories/sessies/2020-01-15-tafel-delen.md:") && check.output.contains("[V112]"))
    }

    @Test func anEmptySessionIsADraftThatCheckWarnsOfAndNoDocumentShows() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let new = try library.run(["session", "new", "Lege tafel", "--date", "2020-02-01", "--facilitator", "Anne Jansen"])
        #expect(new.status == 0, "\(new.errors)")
        let text = try library.text("Stories/sessies/2020-02-01-lege-tafel.md")
        #expect(text.contains("# namen, of een aantal") && text.contains("Wat er in de sessie gebeurde"), "Dutch in a Dutch library")
        #expect(!text.contains("What happened"))
        let check = try library.run(["check"])
        #expect(check.status == 0, "a draft is a warning")
        #expect(check.output.contains("Stories/sessies/2020-02-01-lege-tafel.md:8:") && check.output.contains("[V137]"), "\(check.output)")
        let compose = try library.run(["compose", "raad-van-commissarissen"])
        #expect(compose.output.contains("Warning: session '2020-02-01-lege-tafel' is left out"), "\(compose.output)")
        #expect(compose.output.contains("Netwerktafel over leiderschap") && !compose.output.contains("Lege tafel"))
        let export = try library.run(["export", "raad-van-commissarissen", "--format", "fodp"])
        #expect(export.status == 0)
        #expect(!(try library.text("Exports/raad-van-commissarissen.fodp")).contains("Lege tafel"), "no slide for a draft")
    }

    @Test func sessionNewWritesItsTemplateInTheLibrarysLanguage() throws {
        let library = try TemporaryLibrary.sampleCopy()
        let settings = try library.text("verhaal.yaml")
        try library.write(settings.replacingOccurrences(of: "language: nl", with: "language: en"), to: "verhaal.yaml")
        #expect(try library.run(["session", "new", "Table", "--date", "2020-02-01", "--facilitator", "Anne"]).status == 0)
        let text = try library.text("Stories/sessies/2020-02-01-table.md")
        #expect(text.contains("# names, or a number") && text.contains("What happened in the session"))
        #expect(!text.contains("namen") && !text.contains("gebeurde"))
    }
}
