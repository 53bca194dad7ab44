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
}
